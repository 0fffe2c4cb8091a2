package io.livecd.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.livecd.web.auth.TestTokens;
import io.livecd.web.tls.TestCertificates;
import io.livecd.web.tls.TrustedCa;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The auto-configuration in a running service: answers on the wire, and HTTPS. */
class WebSupportIT {

	private static final String TOKENS = "livecd.auth.tokens=alice:ops:" + TestTokens.hash("ops-token") + ",jenkins:ci:"
			+ TestTokens.hash("ci-token");

	@Nested
	class Authentication {

		@Test
		void shouldAnswerProblemsWithChallengeAndRetryAfterOnTheWire() throws Exception {
			try (ConfigurableApplicationContext app = start(TOKENS, "livecd.auth.failures.max=2")) {
				HttpClient http = HttpClient.newHttpClient();
				String base = "http://127.0.0.1:" + port(app);

				HttpResponse<String> none = http.send(post(base, null), HttpResponse.BodyHandlers.ofString());
				HttpResponse<String> ci = http.send(post(base, "ci-token"), HttpResponse.BodyHandlers.ofString());
				HttpResponse<String> ops = http.send(post(base, "ops-token"), HttpResponse.BodyHandlers.ofString());
				http.send(post(base, "guess-1"), HttpResponse.BodyHandlers.ofString());
				HttpResponse<String> guess = http.send(post(base, "guess-2"), HttpResponse.BodyHandlers.ofString());
				HttpResponse<String> blocked = http.send(post(base, "ops-token"), HttpResponse.BodyHandlers.ofString());

				assertThat(none.statusCode()).isEqualTo(401);
				assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"livecd\"");
				assertThat(none.headers().firstValue("Content-Type")).hasValue("application/problem+json");
				assertThat(ci.statusCode()).isEqualTo(403);
				assertThat(ci.headers().firstValue("WWW-Authenticate")).isEmpty();
				assertThat(ops.statusCode()).isEqualTo(200);
				assertThat(ops.body()).isEqualTo("created by alice");
				assertThat(guess.statusCode()).isEqualTo(401);
				assertThat(guess.body()).doesNotContain("guess-2");
				assertThat(blocked.statusCode()).isEqualTo(429);
				assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
				assertThat(blocked.body()).contains("urn:livecd:problem:too-many-failed-authentications");
			}
		}

		@Test
		void shouldRefuseAJsonBodyOverTheLimitBeforeAuthenticationOrReading() throws Exception {
			try (ConfigurableApplicationContext app = start(TOKENS)) {
				HttpRequest huge = HttpRequest
					.newBuilder(URI.create("http://127.0.0.1:" + port(app) + "/api/v1/things"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("\"" + "x".repeat(3 << 19) + "\""))
					.build();

				HttpResponse<String> answer = HttpClient.newHttpClient()
					.send(huge, HttpResponse.BodyHandlers.ofString());

				assertThat(answer.statusCode()).isEqualTo(413);
				assertThat(answer.body()).contains("urn:livecd:problem:body-too-large", "1048576");
			}
		}

		private HttpRequest post(String base, String token) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1/things"))
				.POST(HttpRequest.BodyPublishers.noBody());
			if (token != null) {
				request.header("Authorization", "Bearer " + token);
			}
			return request.build();
		}

	}

	@Nested
	class Https {

		@TempDir
		Path dir;

		@Test
		void shouldServeHttpsFromPemFilesThatClientsOfTheCaTrust() throws Exception {
			TestCertificates certificates = TestCertificates.generate(this.dir.resolve("a"));
			try (ConfigurableApplicationContext app = start("livecd.tls.certificate=" + certificates.certificate(),
					"livecd.tls.private-key=" + certificates.privateKey())) {
				HttpClient trusting = HttpClient.newBuilder()
					.sslContext(TrustedCa.sslContext(certificates.ca(), "test"))
					.build();

				HttpResponse<String> answer = trusting.send(
						HttpRequest.newBuilder(URI.create("https://localhost:" + port(app) + "/hello")).build(),
						HttpResponse.BodyHandlers.ofString());

				assertThat(answer.statusCode()).isEqualTo(200);
				assertThat(answer.body()).isEqualTo("hello");
			}
		}

		@Test
		void shouldBeRefusedByClientsThatTrustAnotherCa() throws Exception {
			TestCertificates certificates = TestCertificates.generate(this.dir.resolve("a"));
			TestCertificates other = TestCertificates.generate(this.dir.resolve("b"));
			try (ConfigurableApplicationContext app = start("livecd.tls.certificate=" + certificates.certificate(),
					"livecd.tls.private-key=" + certificates.privateKey())) {
				HttpClient wrongCa = HttpClient.newBuilder()
					.sslContext(TrustedCa.sslContext(other.ca(), "test"))
					.build();

				assertThatExceptionOfType(SSLHandshakeException.class).isThrownBy(() -> wrongCa.send(
						HttpRequest.newBuilder(URI.create("https://localhost:" + port(app) + "/hello")).build(),
						HttpResponse.BodyHandlers.ofString()));
			}
		}

		@Test
		void shouldRefuseToStartWithACertificateButNoKey() throws Exception {
			TestCertificates certificates = TestCertificates.generate(this.dir.resolve("a"));

			assertThatIllegalStateException()
				.isThrownBy(() -> start("livecd.tls.certificate=" + certificates.certificate()))
				.withMessageContaining("livecd.tls.private-key");
		}

	}

	static ConfigurableApplicationContext start(String... properties) {
		return new SpringApplicationBuilder(WebTestApplication.class).properties("server.port=0")
			.properties(properties)
			.run();
	}

	static int port(ConfigurableApplicationContext app) {
		return ((WebServerApplicationContext) app).getWebServer().getPort();
	}

}
