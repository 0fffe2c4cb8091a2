package io.livecd.web.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustedCaTest {

	@TempDir
	Path dir;

	@Test
	void shouldUseTheJdkTrustStoreWithoutAFile() throws Exception {
		assertThat(TrustedCa.sslContext(null, "upstream")).isSameAs(SSLContext.getDefault());
		assertThat(TrustedCa.sslContext(Path.of(""), "upstream")).isSameAs(SSLContext.getDefault());
	}

	@Test
	void shouldRefuseACaFileWithoutCertificates() throws Exception {
		Path empty = Files.writeString(this.dir.resolve("empty.pem"), "no certificate here\n");

		assertThatIllegalStateException().isThrownBy(() -> TrustedCa.sslContext(empty, "upstream"))
			.withMessageContaining("upstream CA file")
			.withMessageContaining(empty.toString());
	}

	@Test
	void shouldRefuseAMissingCaFile() {
		Path missing = this.dir.resolve("missing.pem");

		assertThatIllegalStateException().isThrownBy(() -> TrustedCa.sslContext(missing, "Foreman"))
			.withMessageContaining("Foreman CA file " + missing);
	}

}
