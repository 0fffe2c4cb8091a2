package io.livecd.repo.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.livecd.common.event.LivecdEvent;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Who may write, what bad input gets, and what leaks: every row leaves the alias, its
 * pins and the repo log as they were.
 */
@RepoServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class SecurityIT extends ItSupport {

	private static final String JOB = "it_sec";

	private static final String ALIAS = "sec.squashfs";

	private final List<String> bodies = new ArrayList<>();

	private List<String> logBefore;

	@BeforeAll
	void publishTwoBuilds() throws Exception {
		ci().publish(JOB, 1, "speedtest-1.squashfs");
		ci().publish(JOB, 2, "speedtest-2.squashfs");
		await().atMost(Duration.ofSeconds(60)).until(() -> aliasBuild(ALIAS) == 2);
	}

	@BeforeEach
	void rememberTheLog() {
		this.logBefore = mine(repoLog());
	}

	@AfterEach
	void nothingChanged() {
		assertThat(aliasBuild(ALIAS)).isEqualTo(2);
		assertThat(this.catalog.current().pins()).doesNotContainKey(ALIAS);
		assertThat(mine(repoLog())).isEqualTo(this.logBefore);
	}

	@ParameterizedTest(name = "{0} {1} as {2}")
	@CsvSource({ "PUT,/api/v1/aliases/sec.squashfs/pin,none,401", "PUT,/api/v1/aliases/sec.squashfs/pin,guessed,401",
			"PUT,/api/v1/aliases/sec.squashfs/pin,ci,403", //
			"DELETE,/api/v1/aliases/sec.squashfs/pin,none,401", "DELETE,/api/v1/aliases/sec.squashfs/pin,guessed,401",
			"DELETE,/api/v1/aliases/sec.squashfs/pin,ci,403", //
			"PUT,/api/v1/jobs/it_sec/builds/1/pin,none,401", "PUT,/api/v1/jobs/it_sec/builds/1/pin,guessed,401",
			"PUT,/api/v1/jobs/it_sec/builds/1/pin,ci,403", //
			"DELETE,/api/v1/jobs/it_sec/builds/1/pin,none,401", "DELETE,/api/v1/jobs/it_sec/builds/1/pin,guessed,401",
			"DELETE,/api/v1/jobs/it_sec/builds/1/pin,ci,403", //
			"POST,/api/v1/aliases/sec.squashfs/rollback,none,401",
			"POST,/api/v1/aliases/sec.squashfs/rollback,guessed,401",
			"POST,/api/v1/aliases/sec.squashfs/rollback,ci,403", //
			"POST,/api/v1/aliases/sec.squashfs/restore,none,401",
			"POST,/api/v1/aliases/sec.squashfs/restore,guessed,401",
			"POST,/api/v1/aliases/sec.squashfs/restore,ci,403" })
	void shouldLetOnlyOpsWrite(String method, String path, String caller, int status) throws Exception {
		String token = switch (caller) {
			case "guessed" -> "guessed-token";
			case "ci" -> RepoServiceTest.CI_TOKEN;
			default -> null;
		};

		HttpResponse<String> response = call(method, path, token, "{\"build\":1}");

		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		if (status == 401) {
			assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow())
				.startsWith("Bearer realm=\"livecd\"");
		}
		else {
			assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
			assertThat(response.body()).contains("urn:livecd:problem:forbidden", "ci-bot");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/aliases/sec.squashfs/pin", "/api/v1/aliases/sec.squashfs/rollback",
			"/api/v1/aliases/sec.squashfs/restore" })
	void shouldRefuseDeeplyNestedAndHugeJson(String path) throws Exception {
		String method = path.endsWith("/pin") ? "PUT" : "POST";
		String nested = "{\"build\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
		String huge = "{\"build\":1,\"reason\":\"" + "x".repeat(3 << 19) + "\"}";

		assertThat(call(method, path, RepoServiceTest.OPS_TOKEN, nested).statusCode()).isEqualTo(400);
		HttpResponse<String> tooLarge = call(method, path, RepoServiceTest.OPS_TOKEN, huge);
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(tooLarge.body()).contains("urn:livecd:problem:body-too-large");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/livecd/../livecd/builds/it_sec/../../etc/passwd",
			"/livecd/builds/it_sec/../../../etc/passwd", "/livecd/%2e%2e/%2e%2e/etc/passwd",
			"/livecd/builds/it_sec/%2e%2e%2f%2e%2e%2fmanifests", "/livecd/builds/%252e%252e/speedtest-1.squashfs",
			"/livecd/builds/it_sec/%252e%252e%252fspeedtest-1.squashfs", "/livecd/builds/it_sec\\..\\..\\etc",
			"/livecd/builds/it_sec/..%5c..%5cmanifests", "/livecd/builds/it_sec/speedtest-1.squashfs%00.txt",
			"/livecd/builds/it_sec/%D1%95peedtest-1.squashfs", "/livecd/sec.squashfs/../../etc/passwd" })
	void shouldServeNothingOutsideTheLayout(String target) throws IOException {
		String response = raw("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

		assertThat(response).matches("(?s)HTTP/1\\.1 (400|404) .*");
		assertThat(response).doesNotContain("root:");
	}

	@ParameterizedTest
	@ValueSource(strings = { "bytes=-1-2", "bytes=5-1", "bytes=0-1,0-1,0-1,1-2,0-3", "bytes=0-99999999999999999999",
			"bytes=-99999999999999999999", "bytes=" })
	void shouldAnswerMalformedOverlappingHugeAndNegativeRangesWithoutFailing(String range) throws Exception {
		HttpResponse<byte[]> response = http().send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port() + "/livecd/builds/it_sec/speedtest-1.squashfs"))
			.header("Range", range)
			.build(), HttpResponse.BodyHandlers.ofByteArray());

		assertThat(response.statusCode()).isIn(200, 206, 416);
		if (response.statusCode() == 200) {
			assertThat(response.body()).isEqualTo(Ci.content(JOB, 1, "speedtest-1.squashfs"));
		}
	}

	@Test
	void shouldNotLeakSecretsInLogsErrorsOrActuator(CapturedOutput output) throws Exception {
		for (String path : new String[] { "/actuator/env", "/actuator/configprops", "/actuator/health",
				"/actuator/info", "/actuator/prometheus", "/actuator/health/readiness" }) {
			HttpResponse<String> response = call("GET", path, RepoServiceTest.OPS_TOKEN, null);
			this.bodies.add(response.headers().map() + response.body());
			if (path.endsWith("/env") || path.endsWith("/configprops")) {
				assertThat(response.statusCode()).as(path).isEqualTo(404);
			}
		}
		this.bodies
			.add(call("POST", "/api/v1/aliases/sec.squashfs/rollback", "wrong-" + RepoServiceTest.OPS_TOKEN, "{}")
				.body());
		this.bodies.add(call("POST", "/api/v1/aliases/none.squashfs/rollback", RepoServiceTest.OPS_TOKEN, "{}").body());
		String secretKey = this.environment.getRequiredProperty("livecd.s3.secret-key");
		String accessKey = this.environment.getRequiredProperty("livecd.s3.access-key");

		assertThat(output.getAll()).doesNotContain(RepoServiceTest.OPS_TOKEN, RepoServiceTest.CI_TOKEN, secretKey);
		assertThat(String.join("\n", this.bodies)).doesNotContain(RepoServiceTest.OPS_TOKEN, RepoServiceTest.CI_TOKEN,
				RepoServiceTest.OPS_TOKEN_SHA256, secretKey, accessKey);
		assertThat(repoLog().toString()).doesNotContain(RepoServiceTest.OPS_TOKEN, secretKey, accessKey);
	}

	private List<String> mine(List<LivecdEvent> events) {
		return events.stream().map(Object::toString).filter((e) -> e.contains(JOB) || e.contains(ALIAS)).toList();
	}

	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port())) {
			socket.setSoTimeout(30_000);
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}

}
