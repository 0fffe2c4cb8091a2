package io.livecd.foreman.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.livecd.common.checksum.Sha256;
import io.livecd.common.event.ForemanUpdateFailed;
import io.livecd.common.event.HostTaskRequested;
import io.livecd.foremansim.model.Level;
import io.livecd.kafka.EventPublisher;
import io.livecd.kafka.EventTopics;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code POST /api/v1/hosts/{host}/task} through livecd.ops to the host's parameter. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class HostTaskIT {

	private static final String OPS_TOKEN = "ops-token-91c2";

	private static final String CI_TOKEN = "ci-token-4b7e";

	private static final String NODE = "node1.ams.example";

	private static final TestForeman foreman = TestForeman.start();

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	private Environment environment;

	@Autowired
	private EventPublisher events;

	@Autowired
	private ConsumerFactory<String, byte[]> consumers;

	@Autowired
	private EventTopics topics;

	@DynamicPropertySource
	static void foreman(DynamicPropertyRegistry registry) {
		foreman.register(registry);
		registry.add("livecd.auth.tokens", () -> "alice:ops:" + hash(OPS_TOKEN) + ",jenkins:ci:" + hash(CI_TOKEN));
	}

	@AfterAll
	static void stop() {
		foreman.close();
	}

	@Test
	void shouldReportUpOnceTheLogIsReplayed() throws Exception {
		HttpRequest health = HttpRequest.newBuilder(url("/actuator/health/rollout")).build();

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			HttpResponse<String> response = this.http.send(health, HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("\"status\":\"UP\"");
		});
	}

	@Test
	void shouldSetTheTaskOfAHostAndRebuildItsBootConfig() throws Exception {
		HttpResponse<String> response = post(NODE, "wipe", OPS_TOKEN);

		assertThat(response.statusCode()).isEqualTo(202);
		assertThat(response.body()).contains("\"task\":\"wipe\"", "\"id\":");
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(foreman.effective(NODE, "hk_speedtest_autotask")).hasValue("wipe");
			assertThat(foreman.tftp(NODE)).hasValueSatisfying((pxe) -> assertThat(pxe).contains("SPEEDISO=wipe "));
		});
	}

	@Test
	void shouldClearTheTaskWithNone() throws Exception {
		post("node1.nyc.example", "lininstall", OPS_TOKEN);
		await().atMost(Duration.ofSeconds(30)).until(() -> hostTask("node1.nyc.example").isPresent());

		assertThat(post("node1.nyc.example", "none", OPS_TOKEN).statusCode()).isEqualTo(202);

		await().atMost(Duration.ofSeconds(30)).until(() -> hostTask("node1.nyc.example").isEmpty());
	}

	@Test
	void shouldRefuseCallersWithoutTheOpsRoleAndTasksOutsideTheAllowList() throws Exception {
		Optional<String> before = hostTask("node1.nyc.example");
		HttpResponse<String> anonymous = post("node1.nyc.example", "hwtest", null);
		HttpResponse<String> guessed = post("node1.nyc.example", "hwtest", "guessed-token");
		HttpResponse<String> ci = post("node1.nyc.example", "hwtest", CI_TOKEN);
		HttpResponse<String> unknownTask = post(NODE, "format", OPS_TOKEN);

		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"livecd\"");
		assertThat(guessed.statusCode()).isEqualTo(401);
		assertThat(guessed.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("invalid_token");
		assertThat(ci.statusCode()).isEqualTo(403);
		assertThat(ci.headers().firstValue("WWW-Authenticate")).isEmpty();
		assertThat(ci.body()).contains("urn:livecd:problem:forbidden");
		assertThat(unknownTask.statusCode()).isEqualTo(400);
		assertThat(unknownTask.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(unknownTask.body()).contains("task 'format' is not allowed");
		assertThat(hostTask("node1.nyc.example")).isEqualTo(before);
	}

	@Test
	void shouldRefuseDeeplyNestedAndHugeJsonBodies() throws Exception {
		Optional<String> before = hostTask("node1.nyc.example");

		HttpResponse<String> nested = postBody("node1.nyc.example",
				"{\"task\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}", OPS_TOKEN);
		HttpResponse<String> huge = postBody("node1.nyc.example", "{\"task\":\"" + "x".repeat(3 << 19) + "\"}",
				OPS_TOKEN);

		assertThat(nested.statusCode()).isEqualTo(400);
		assertThat(huge.statusCode()).isEqualTo(413);
		assertThat(huge.body()).contains("urn:livecd:problem:body-too-large");
		assertThat(hostTask("node1.nyc.example")).isEqualTo(before);
	}

	@Test
	void shouldNotLeakTokensOrTheForemanPasswordInLogsErrorsEventsOrActuator(CapturedOutput output) throws Exception {
		assertThat(post(NODE, "hwtest", OPS_TOKEN).statusCode()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(30)).until(() -> hostTask(NODE).equals(Optional.of("hwtest")));
		StringBuilder answers = new StringBuilder();
		for (String path : new String[] { "/actuator/env", "/actuator/configprops", "/actuator/health",
				"/actuator/info", "/actuator/prometheus" }) {
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(url(path)).build(),
					HttpResponse.BodyHandlers.ofString());
			answers.append(response.headers().map()).append(response.body());
			if (path.endsWith("/env") || path.endsWith("/configprops")) {
				assertThat(response.statusCode()).as(path).isEqualTo(404);
			}
		}
		answers.append(post(NODE, "hwtest", "wrong-" + OPS_TOKEN).body());
		answers.append(post(NODE, "format", OPS_TOKEN).body());
		String published;
		try (ForemanTopic topic = new ForemanTopic(this.consumers, this.topics)) {
			published = topic.events().toString();
		}

		for (String secret : new String[] { OPS_TOKEN, CI_TOKEN, TestForeman.PASSWORD, TestForeman.TOKEN }) {
			assertThat(output.getAll()).as("logs").doesNotContain(secret);
			assertThat(answers).as("answers").doesNotContain(secret);
			assertThat(published).as("events").doesNotContain(secret);
		}
	}

	@Test
	void shouldReportRequestsItCannotCarryOutOnTheForemanTopic() throws Exception {
		this.events.publish(new HostTaskRequested("it-1", Instant.now(), NODE, "format", "someone-else"));
		assertThat(post("ghost.example", "wipe", OPS_TOKEN).statusCode()).isEqualTo(202);

		try (ForemanTopic published = new ForemanTopic(this.consumers, this.topics)) {
			await().pollInSameThread().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				assertThat(published.events()).filteredOn(ForemanUpdateFailed.class::isInstance)
					.map(ForemanUpdateFailed.class::cast)
					.anySatisfy((failed) -> assertThat(failed.reason()).contains("task 'format' is not allowed"))
					.anySatisfy((failed) -> {
						assertThat(failed.scope()).isEqualTo("host:ghost.example");
						assertThat(failed.reason()).contains("404");
					});
			});
		}
	}

	private Optional<String> hostTask(String host) {
		long id = foreman.state().inventory().findHost(host).orElseThrow().id();
		return foreman.state()
			.parameters()
			.find(Level.HOST, id, "hk_speedtest_autotask")
			.map(io.livecd.foremansim.model.Parameter::text);
	}

	private HttpResponse<String> post(String host, String task, String token) throws IOException, InterruptedException {
		return postBody(host, "{\"task\":\"" + task + "\"}", token);
	}

	private HttpResponse<String> postBody(String host, String body, String token)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(url("/api/v1/hosts/" + host + "/task"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI url(String path) {
		return URI.create("http://127.0.0.1:" + this.environment.getProperty("local.server.port") + path);
	}

	private static String hash(String token) {
		return Sha256.of(token.getBytes(StandardCharsets.UTF_8));
	}

}
