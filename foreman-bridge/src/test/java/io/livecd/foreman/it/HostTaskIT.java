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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code POST /api/v1/hosts/{host}/task} through livecd.ops to the host's parameter. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
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
		HttpResponse<String> anonymous = post(NODE, "hwtest", null);
		HttpResponse<String> ci = post(NODE, "hwtest", CI_TOKEN);
		HttpResponse<String> unknownTask = post(NODE, "format", OPS_TOKEN);

		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"livecd\"");
		assertThat(ci.statusCode()).isEqualTo(403);
		assertThat(unknownTask.statusCode()).isEqualTo(400);
		assertThat(unknownTask.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(unknownTask.body()).contains("task 'format' is not allowed");
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
		HttpRequest.Builder request = HttpRequest.newBuilder(url("/api/v1/hosts/" + host + "/task"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"task\":\"" + task + "\"}"));
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
