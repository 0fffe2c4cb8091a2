package io.livecd.foreman.parameters.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS to a Foreman whose certificate only a private CA vouches for. */
class TrustedCaTest {

	private static final char[] STORE_PASSWORD = "changeit".toCharArray();

	@TempDir
	Path dir;

	private HttpsServer server;

	@BeforeEach
	void start() throws Exception {
		KeyStore keys = KeyStore.getInstance("PKCS12");
		try (InputStream in = getClass().getResourceAsStream("/tls/foreman-test.p12")) {
			keys.load(in, STORE_PASSWORD);
		}
		KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keyManagers.init(keys, STORE_PASSWORD);
		SSLContext tls = SSLContext.getInstance("TLS");
		tls.init(keyManagers.getKeyManagers(), null, null);
		this.server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.setHttpsConfigurator(new HttpsConfigurator(tls));
		this.server.createContext("/", (exchange) -> {
			byte[] body = "{\"results\":[]}".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	@Test
	void shouldTrustForemanThroughTheCaFile() throws Exception {
		Path ca = this.dir.resolve("ca.pem");
		try (InputStream in = getClass().getResourceAsStream("/tls/foreman-test-ca.pem")) {
			Files.copy(in, ca);
		}

		ForemanHttp.Answer answer = Clients.http(url(), "s3cret", ca, Duration.ofSeconds(5))
			.get("api/common_parameters");

		assertThat(answer.status()).isEqualTo(200);
	}

	@Test
	void shouldRefuseTheSameCertificateWithoutTheCaFile() {
		ForemanHttp http = Clients.http(url(), "s3cret", null, Duration.ofSeconds(5));

		assertThatThrownBy(() -> http.get("api/common_parameters")).isInstanceOf(ForemanUnreachable.class)
			.hasMessageContaining("SSLHandshakeException");
	}

	private URI url() {
		return URI.create("https://localhost:" + this.server.getAddress().getPort());
	}

}
