package io.livecd.mirror.cache.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.livecd.mirror.cache.application.Fetch;
import io.livecd.mirror.cache.application.UpstreamFile;
import io.livecd.mirror.cache.model.ArtifactKey;
import io.livecd.web.tls.TestCertificates;
import io.livecd.web.tls.TrustedCa;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The upstream client over TLS: the CA decides, and the host name must match (the test
 * certificate names {@code localhost} only, not {@code 127.0.0.1}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpsUpstreamTest {

	private static final byte[] CONTENT = "over tls".getBytes(StandardCharsets.US_ASCII);

	private TestCertificates certificates;

	private TestCertificates otherCa;

	private HttpsServer server;

	@BeforeAll
	void start(@TempDir Path dir) throws Exception {
		this.certificates = TestCertificates.generate(dir.resolve("ca"));
		this.otherCa = TestCertificates.generate(dir.resolve("other-ca"));
		this.server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
		this.server.setHttpsConfigurator(new HttpsConfigurator(this.certificates.serverContext()));
		this.server.createContext("/", (exchange) -> {
			try (exchange; OutputStream out = exchange.getResponseBody()) {
				exchange.sendResponseHeaders(200, CONTENT.length);
				out.write(CONTENT);
			}
		});
		this.server.start();
	}

	@AfterAll
	void stop() {
		this.server.stop(0);
	}

	@Test
	void shouldFetchThroughTlsWhenItTrustsTheCa() throws Exception {
		Fetch fetch = upstream("localhost", this.certificates).fetch(new ArtifactKey("job", "file.img"));

		assertThat(fetch).isInstanceOf(Fetch.Found.class);
		try (UpstreamFile file = ((Fetch.Found) fetch).file()) {
			assertThat(file.body().readAllBytes()).isEqualTo(CONTENT);
		}
	}

	@Test
	void shouldRefuseACertificateOfAnotherCaNamingTheSetting() {
		HttpUpstream upstream = upstream("localhost", this.otherCa);

		assertThatExceptionOfType(SSLException.class).isThrownBy(() -> upstream.fetch(new ArtifactKey("job", "f.img")))
			.withMessageContaining("MIRROR_UPSTREAM_CA_FILE")
			.withMessageContaining("PKIX path building failed");
	}

	@Test
	void shouldRefuseACertificateForAnotherHost() {
		HttpUpstream upstream = upstream("127.0.0.1", this.certificates);

		assertThatExceptionOfType(SSLException.class).isThrownBy(() -> upstream.fetch(new ArtifactKey("job", "f.img")))
			.withMessageContaining("127.0.0.1");
	}

	private HttpUpstream upstream(String host, TestCertificates trusted) {
		return new HttpUpstream(URI.create("https://" + host + ":" + this.server.getAddress().getPort()),
				Duration.ofSeconds(5), TrustedCa.sslContext(trusted.ca(), "upstream"));
	}

}
