package io.livecd.build.publish;

import static io.livecd.build.support.ApiClient.JOB;
import static io.livecd.build.support.ApiClient.body;
import static io.livecd.build.support.ApiClient.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.livecd.build.BuildServiceApplication;
import io.livecd.build.publish.application.CompletingBuild;
import io.livecd.build.support.ApiClient;
import io.livecd.build.support.BucketContents;
import io.livecd.build.support.BuildsTopic;
import io.livecd.common.event.BuildCompleted;
import io.livecd.testkit.Infrastructure;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The broker is unreachable while CI completes two builds: both are answered 503 and stay
 * pending in the outbox in S3. A new instance (same bucket, broker back) then sends
 * exactly one event per build: one because CI completes again, the other by the relay.
 */
class EventLogOutageIT {

	private final byte[] kernel = new byte[2048];

	@Test
	void shouldAnswer503AndSendExactlyOneEventPerBuildOnceTheBrokerIsBack() throws IOException {
		Map<String, Object> shared = Infrastructure.shared().springProperties();
		String pendingRetried;
		String pendingRelayed;
		try (ConfigurableApplicationContext down = start(shared, Map.of("spring.kafka.bootstrap-servers",
				"127.0.0.1:" + closedPort(), "spring.kafka.admin.auto-create", "false"))) {
			ApiClient api = client(down);
			pendingRetried = completeWhileDown(api, 1);
			pendingRelayed = completeWhileDown(api, 2);
		}
		try (ConfigurableApplicationContext up = start(shared, Map.of())) {
			BuildsTopic topic = topic(up);
			ApiClient api = client(up);

			HttpResponse<String> retried = api.complete(JOB, 1, List.of(entry("vmlinuz", this.kernel)));
			assertThat(retried.statusCode()).as(retried.body()).isEqualTo(202);
			assertThat(body(retried).get("eventId").asString()).isEqualTo(pendingRetried);
			assertThat(api.complete(JOB, 1, List.of(entry("vmlinuz", this.kernel))).statusCode()).isEqualTo(202);
			assertThat(topic.completed(JOB, 1)).extracting(BuildCompleted::id).containsExactly(pendingRetried);

			CompletingBuild relay = up.getBean(CompletingBuild.class);
			assertThat(relay.sendPending()).isEqualTo(1);
			assertThat(relay.sendPending()).isZero();
			assertThat(topic.completed(JOB, 2)).extracting(BuildCompleted::id).containsExactly(pendingRelayed);
			assertThat(BucketContents.keys(up.getEnvironment().getProperty("livecd.s3.bucket")))
				.contains("published/" + JOB + "/1.json", "published/" + JOB + "/2.json")
				.noneMatch((key) -> key.startsWith("outbox/"));
		}
	}

	private String completeWhileDown(ApiClient api, long build) {
		api.open(JOB, build, "speedtest");
		api.upload(JOB, build, "vmlinuz", this.kernel);
		HttpResponse<String> response = api.complete(JOB, build, List.of(entry("vmlinuz", this.kernel)));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
		assertThat(body(response).get("type").asString()).isEqualTo("urn:livecd:problem:events-unavailable");
		assertThat(response.headers().firstValue("Retry-After")).isPresent();
		return body(response).get("eventId").asString();
	}

	private static ConfigurableApplicationContext start(Map<String, Object> shared, Map<String, String> overrides) {
		Map<String, Object> properties = new HashMap<>(shared);
		properties.put("server.port", "0");
		properties.put("livecd.auth.tokens", ApiClient.TOKENS);
		properties.put("livecd.outbox.relay-interval", "1h");
		properties.putAll(overrides);
		List<String> arguments = new ArrayList<>();
		properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
		return new SpringApplicationBuilder(BuildServiceApplication.class).run(arguments.toArray(String[]::new));
	}

	private static ApiClient client(ConfigurableApplicationContext context) {
		String port = context.getEnvironment().getProperty("local.server.port");
		return new ApiClient("http://127.0.0.1:" + port, ApiClient.CI_TOKEN);
	}

	private static BuildsTopic topic(ConfigurableApplicationContext context) {
		Environment environment = context.getEnvironment();
		return new BuildsTopic(environment.getProperty("spring.kafka.bootstrap-servers"),
				environment.getProperty("livecd.events.topic-prefix") + "livecd.builds");
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
