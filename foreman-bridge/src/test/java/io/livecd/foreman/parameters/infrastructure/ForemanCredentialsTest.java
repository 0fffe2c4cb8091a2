package io.livecd.foreman.parameters.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.livecd.foreman.ForemanBridgeProperties;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForemanCredentialsTest {

	@TempDir
	Path dir;

	@Test
	void shouldSendThePasswordPreemptivelyAsBasic() {
		ForemanCredentials credentials = ForemanCredentials.from(settings("s3cret", null));

		assertThat(credentials.authorization())
			.isEqualTo("Basic " + Base64.getEncoder().encodeToString("admin:s3cret".getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void shouldReadATokenFromAFileWithoutItsNewline() throws Exception {
		Path file = Files.writeString(this.dir.resolve("token"), "pat-123\n");

		assertThat(ForemanCredentials.from(settings(null, file)).authorization())
			.isEqualTo("Basic " + Base64.getEncoder().encodeToString("admin:pat-123".getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void shouldRequireExactlyOneSource() throws Exception {
		Path file = Files.writeString(this.dir.resolve("token"), "pat-123");

		assertThatIllegalStateException().isThrownBy(() -> ForemanCredentials.from(settings(null, null)))
			.withMessageContaining("neither");
		assertThatIllegalStateException().isThrownBy(() -> ForemanCredentials.from(settings("s3cret", file)))
			.withMessageContaining("both");
	}

	@Test
	void shouldNeverShowTheSecret() {
		ForemanBridgeProperties.Foreman settings = settings("s3cret", null);

		assertThat(ForemanCredentials.from(settings)).hasToString("ForemanCredentials[user=admin, secret=*****]");
		assertThat(settings.toString()).doesNotContain("s3cret").contains("password=*****");
	}

	static ForemanBridgeProperties.Foreman settings(String password, Path passwordFile) {
		return new ForemanBridgeProperties.Foreman(URI.create("http://foreman.example"), "admin", password,
				passwordFile, null, Duration.ofSeconds(1), Duration.ofSeconds(1), Map.of(), Map.of(), "livesystem_url",
				List.of(), new ForemanBridgeProperties.GlobalFallback(false, null),
				new ForemanBridgeProperties.Tasks(List.of("wipe"), "hk_speedtest_autotask", true),
				new ForemanBridgeProperties.Retry(3, Duration.ofMillis(10), Duration.ofMillis(100)));
	}

}
