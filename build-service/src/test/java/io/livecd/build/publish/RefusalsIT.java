package io.livecd.build.publish;

import static io.livecd.build.support.ApiClient.JOB;
import static io.livecd.build.support.ApiClient.body;
import static io.livecd.build.support.ApiClient.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.livecd.build.support.ApiClient;
import io.livecd.build.support.BucketContents;
import io.livecd.build.support.BuildsTopic;
import io.livecd.build.support.RawHttp;
import io.livecd.common.checksum.Sha256;
import io.livecd.testkit.GeneratedContent;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

/**
 * Every bad input is answered with its own RFC 9457 problem, leaves no event, and leaves
 * nothing in the bucket that was not there before (not even an unfinished multipart
 * upload).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"livecd.auth.tokens=" + ApiClient.TOKENS, "livecd.s3.part-size=5MB", "livecd.limits.max-artifact-size=12MB" })
class RefusalsIT {

	private static final long LIMIT = 12L * 1024 * 1024;

	private static final AtomicLong BUILDS = new AtomicLong(100);

	@LocalServerPort
	private int port;

	@Autowired
	private Environment environment;

	private ApiClient api;

	private BuildsTopic topic;

	private long build;

	private List<String> keysBefore;

	@BeforeEach
	void openABuild() {
		this.api = new ApiClient("http://127.0.0.1:" + this.port, ApiClient.CI_TOKEN);
		this.topic = new BuildsTopic(this.environment.getProperty("spring.kafka.bootstrap-servers"),
				this.environment.getProperty("livecd.events.topic-prefix") + "livecd.builds");
		this.build = BUILDS.incrementAndGet();
		assertThat(this.api.open(JOB, this.build, "speedtest").statusCode()).isEqualTo(201);
		this.keysBefore = keys();
	}

	/**
	 * A refused upload of known length ends its PUT to S3 before the last byte; the store
	 * drops what it had received once it sees that end, a moment later.
	 */
	@AfterEach
	void nothingWasPublishedOrLeftBehind() {
		assertThat(this.topic.completed(JOB, this.build)).isEmpty();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(keys()).isEqualTo(this.keysBefore)
				.allMatch((key) -> key.startsWith("staging/") || key.startsWith("published/")));
	}

	@Nested
	class InvalidNames {

		@Test
		void shouldRefuseArtifactNamesThatBreakTheRule() {
			for (String name : new String[] { ".hidden", "..", "a%20b", "%D1%95peedtest", "x".repeat(129),
					"x".repeat(300) }) {
				assertProblem(upload(name, new byte[10]), 400, "invalid-name");
			}
		}

		@Test
		void shouldRefuseNamesWithAnEncodedSlashBackslashOrNulBeforeTheyReachTheService() {
			for (String name : new String[] { "a%2Fb", "a%5Cb", "a%00b" }) {
				assertProblem(upload(name, new byte[10]), 400, "invalid-request");
			}
		}

		@Test
		void shouldRefuseAnInvalidJobName() {
			assertProblem(api.open("bad%20job", 1, "speedtest"), 400, "invalid-name");
		}

		@Test
		void shouldRefuseAnInvalidNameInTheManifest() {
			assertProblem(api.complete(JOB, build, List.of(entry("../../etc/passwd", new byte[1]))), 400,
					"invalid-name");
		}

	}

	@Nested
	class Mismatches {

		@Test
		void shouldRefuseAnUploadWhoseBytesDoNotMatchItsChecksumAndDropAllItsParts() {
			HttpResponse<String> response = api.put(artifactPath("speedtest.squashfs"),
					ApiClient.streamed(() -> GeneratedContent.of(11L << 20, 7), 11L << 20),
					Map.of("X-Checksum-Sha256", Sha256.of(new byte[] { 1 })));

			assertProblem(response, 422, "checksum-mismatch");
		}

		@Test
		void shouldRefuseAManifestChecksumThatDiffersFromTheUpload() {
			byte[] kernel = new byte[1000];
			api.upload(JOB, build, "vmlinuz", kernel);
			keysBefore = keys();

			assertProblem(api.complete(JOB, build, List.of(entry("vmlinuz", 1000, Sha256.of(new byte[1])))), 422,
					"checksum-mismatch");
		}

		/** Over one buffer of known length: the streamed PUT is cut short. */
		@Test
		void shouldRefuseABodyThatEndsBeforeItsContentLength() {
			String response = RawHttp.truncatedPut(port, artifactPath("vmlinuz"), ApiClient.CI_TOKEN, 6L << 20,
					3 << 20);

			assertThat(response).startsWith("HTTP/1.1 422").contains("urn:livecd:problem:size-mismatch");
		}

		@Test
		void shouldRefuseABodyLongerThanItsContentLengthByItsChecksum() {
			byte[] sent = new byte[2000];
			String response = RawHttp.overlongPut(port, artifactPath("vmlinuz"), ApiClient.CI_TOKEN, 1000, sent,
					"X-Checksum-Sha256: " + Sha256.of(sent) + "\r\n");

			assertThat(response).startsWith("HTTP/1.1 422").contains("urn:livecd:problem:checksum-mismatch");
		}

		@Test
		void shouldRefuseAManifestSizeThatDiffersFromTheUpload() {
			byte[] kernel = new byte[1000];
			api.upload(JOB, build, "vmlinuz", kernel);
			keysBefore = keys();

			assertProblem(api.complete(JOB, build, List.of(entry("vmlinuz", 999, Sha256.of(kernel)))), 422,
					"size-mismatch");
		}

		@Test
		void shouldRefuseAManifestNamingAnArtifactNeverUploaded() {
			byte[] kernel = new byte[1000];
			api.upload(JOB, build, "vmlinuz", kernel);
			keysBefore = keys();

			HttpResponse<String> response = api.complete(JOB, build,
					List.of(entry("vmlinuz", kernel), entry("initrd.img", new byte[5])));

			assertProblem(response, 422, "missing-artifact");
			assertThat(body(response).get("detail").asString()).contains("initrd.img was not uploaded");
		}

	}

	@Nested
	class Limits {

		@Test
		void shouldRefuseAnAnnouncedSizeOverTheLimitBeforeAskingForTheBody() {
			String response = RawHttp.announcePut(port, artifactPath("speedtest.iso"), ApiClient.CI_TOKEN, LIMIT + 1);

			assertThat(response).startsWith("HTTP/1.1 413")
				.doesNotContain("100 Continue")
				.contains("urn:livecd:problem:too-large");
		}

		@Test
		void shouldRefuseAStreamOfUnannouncedSizeOnceItPassesTheLimit() {
			HttpResponse<String> response = api.put(artifactPath("speedtest.iso"),
					BodyPublishers.ofInputStream(() -> GeneratedContent.of(LIMIT + (1 << 20), 3)), Map.of());

			assertProblem(response, 413, "too-large");
		}

	}

	@Nested
	@ExtendWith(OutputCaptureExtension.class)
	class Secrets {

		@Test
		void shouldNotLeakTokensOrS3KeysInLogsErrorsOrActuator(CapturedOutput output) {
			StringBuilder answers = new StringBuilder();
			for (String path : new String[] { "/actuator/env", "/actuator/configprops", "/actuator/health",
					"/actuator/info", "/actuator/prometheus" }) {
				HttpResponse<String> response = api.get(path);
				answers.append(response.headers().map()).append(response.body());
				if (path.endsWith("/env") || path.endsWith("/configprops")) {
					assertThat(response.statusCode()).as(path).isEqualTo(404);
				}
			}
			answers.append(api.as("wrong-" + ApiClient.CI_TOKEN).upload(JOB, build, "vmlinuz", new byte[1]).body());
			answers.append(api.as(ApiClient.OPS_TOKEN).abort(JOB, build).body());
			answers.append(upload("vmlinuz%00", new byte[1]).body());
			String secretKey = environment.getRequiredProperty("livecd.s3.secret-key");
			String accessKey = environment.getRequiredProperty("livecd.s3.access-key");

			assertThat(output.getAll()).doesNotContain(ApiClient.CI_TOKEN, ApiClient.OPS_TOKEN, secretKey);
			assertThat(answers).doesNotContain(ApiClient.CI_TOKEN, ApiClient.OPS_TOKEN, secretKey, accessKey);
		}

	}

	@Nested
	class UnknownBuilds {

		@Test
		void shouldRefuseUploadAndCompletionOfABuildNeverOpened() {
			assertProblem(api.upload(JOB, 99_999, "vmlinuz", new byte[1]), 404, "unknown-build");
			assertProblem(api.complete(JOB, 99_999, List.of(entry("vmlinuz", new byte[1]))), 404, "unknown-build");
		}

	}

	@Nested
	class JsonBodies {

		@Test
		void shouldRefuseDeeplyNestedJsonOnEveryJsonEndpoint() {
			String nested = "[".repeat(100_000) + "]".repeat(100_000);
			for (String path : new String[] { api.buildPath(JOB, build + 1_000_000),
					api.buildPath(JOB, build) + "/complete" }) {
				HttpResponse<String> response = api.send("POST", path, BodyPublishers.ofString(nested), Map.of());

				assertThat(response.statusCode()).as(path).isEqualTo(400);
			}
		}

		@Test
		void shouldRefuseAHugeJsonBodyBeforeReadingIt() {
			String huge = "{\"image\":\"" + "x".repeat(3 << 19) + "\"}";
			for (String path : new String[] { api.buildPath(JOB, build + 1_000_000),
					api.buildPath(JOB, build) + "/complete" }) {
				HttpResponse<String> response = api.send("POST", path, BodyPublishers.ofString(huge), Map.of());

				assertProblem(response, 413, "body-too-large");
			}
		}

	}

	/**
	 * Every write endpoint (and the read one, also {@code ci}): 401 with a bearer
	 * challenge without a token or with an unknown one, 403 with a token of role
	 * {@code ops}.
	 */
	@Nested
	class Authentication {

		@ParameterizedTest(name = "{0} {1} as {2}")
		@CsvSource({ "POST,'',none,401", "POST,'',guessed,401", "POST,'',ops,403", //
				"GET,'',none,401", "GET,'',guessed,401", "GET,'',ops,403", //
				"PUT,/artifacts/vmlinuz,none,401", "PUT,/artifacts/vmlinuz,guessed,401",
				"PUT,/artifacts/vmlinuz,ops,403", //
				"DELETE,/artifacts/vmlinuz,none,401", "DELETE,/artifacts/vmlinuz,guessed,401",
				"DELETE,/artifacts/vmlinuz,ops,403", //
				"POST,/complete,none,401", "POST,/complete,guessed,401", "POST,/complete,ops,403", //
				"DELETE,'',none,401", "DELETE,'',guessed,401", "DELETE,'',ops,403" })
		void shouldRefuseCallersWithoutACiToken(String method, String suffix, String caller, int status) {
			String token = switch (caller) {
				case "guessed" -> "guessed-token";
				case "ops" -> ApiClient.OPS_TOKEN;
				default -> null;
			};
			String path = api.buildPath(JOB, method.equals("POST") && suffix.isEmpty() ? build + 1_000_000 : build)
					+ suffix;
			String body = suffix.equals("/artifacts/vmlinuz") ? "kernel" : "{\"image\":\"speedtest\",\"artifacts\":[]}";

			HttpResponse<String> response = api.as(token)
				.send(method, path,
						List.of("GET", "DELETE").contains(method) ? BodyPublishers.noBody()
								: BodyPublishers.ofString(body),
						method.equals("PUT") ? Map.of("Content-Type", "application/octet-stream") : Map.of());

			assertProblem(response, status, (status == 401) ? "unauthenticated" : "forbidden");
			if (status == 401) {
				assertThat(response.headers().firstValue("WWW-Authenticate"))
					.hasValueSatisfying((challenge) -> assertThat(challenge).startsWith("Bearer realm=\"livecd\"")
						.contains(caller.equals("guessed") ? "invalid_token" : "livecd"));
			}
			else {
				assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
			}
			assertThat(response.body()).doesNotContain("guessed-token", ApiClient.OPS_TOKEN);
		}

	}

	private HttpResponse<String> upload(String name, byte[] bytes) {
		return this.api.put(artifactPath(name), BodyPublishers.ofByteArray(bytes), Map.of());
	}

	private String artifactPath(String name) {
		return this.api.buildPath(JOB, this.build) + "/artifacts/" + name;
	}

	private List<String> keys() {
		return BucketContents.keys(this.environment.getProperty("livecd.s3.bucket"));
	}

	private static void assertProblem(HttpResponse<String> response, int status, String type) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((contentType) -> assertThat(contentType).startsWith("application/problem+json"));
		assertThat(body(response).get("type").asString()).isEqualTo("urn:livecd:problem:" + type);
		assertThat(body(response).get("status").asInt()).isEqualTo(status);
		assertThat(body(response).get("detail").asString()).isNotBlank();
	}

}
