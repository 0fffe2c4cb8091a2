package io.livecd.build.publish;

import static io.livecd.build.support.ApiClient.JOB;
import static io.livecd.build.support.ApiClient.body;
import static io.livecd.build.support.ApiClient.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.livecd.build.support.ApiClient;
import io.livecd.build.support.BuildsTopic;
import io.livecd.build.support.ServiceProcess;
import io.livecd.common.checksum.ChecksummingInputStream;
import io.livecd.common.event.Artifact;
import io.livecd.testkit.GeneratedContent;
import io.livecd.testkit.Infrastructure;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A 2 GiB artifact through build-service's real jar running with a 256 MiB heap: the
 * bytes are made on the fly by the client and never exist whole anywhere but in S3.
 */
class LargeUploadIT {

	private static final long SIZE = 2L << 30;

	@Test
	void shouldPublishA2GiBArtifactWithA256MiBHeap() {
		Map<String, Object> infrastructure = Infrastructure.shared().springProperties();
		Map<String, String> environment = new HashMap<>();
		environment.put("KAFKA_BOOTSTRAP", (String) infrastructure.get("spring.kafka.bootstrap-servers"));
		environment.put("S3_ENDPOINT", (String) infrastructure.get("livecd.s3.endpoint"));
		environment.put("S3_ACCESS_KEY", (String) infrastructure.get("livecd.s3.access-key"));
		environment.put("S3_SECRET_KEY", (String) infrastructure.get("livecd.s3.secret-key"));
		environment.put("S3_REGION", (String) infrastructure.get("livecd.s3.region"));
		environment.put("S3_BUCKET", (String) infrastructure.get("livecd.s3.bucket"));
		environment.put("LIVECD_TOPIC_PREFIX", (String) infrastructure.get("livecd.events.topic-prefix"));
		environment.put("LIVECD_TOKENS", ApiClient.TOKENS);
		BuildsTopic topic = new BuildsTopic(environment.get("KAFKA_BOOTSTRAP"),
				environment.get("LIVECD_TOPIC_PREFIX") + "livecd.builds");
		try (ServiceProcess service = ServiceProcess.start(List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError"),
				environment, Path.of("target", "large-upload-it", "build-service.log"))) {
			ApiClient api = new ApiClient(service.baseUrl(), ApiClient.CI_TOKEN);
			assertThat(api.open(JOB, 2048, "speedtest").statusCode()).isEqualTo(201);
			AtomicReference<ChecksummingInputStream> sent = new AtomicReference<>();

			HttpResponse<String> upload = api.put(api.buildPath(JOB, 2048) + "/artifacts/speedtest.iso",
					ApiClient.streamed(() -> {
						sent.set(new ChecksummingInputStream(GeneratedContent.of(SIZE, 2048)));
						return sent.get();
					}, SIZE), Map.of());

			assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
			Artifact expected = new Artifact("speedtest.iso", SIZE, sent.get().sha256());
			assertThat(body(upload).get("sha256").asString()).isEqualTo(expected.sha256());
			assertThat(body(upload).get("size").asLong()).isEqualTo(SIZE);
			HttpResponse<String> completed = api.complete(JOB, 2048,
					List.of(entry(expected.name(), expected.size(), expected.sha256())));
			assertThat(completed.statusCode()).as(completed.body()).isEqualTo(202);
			assertThat(topic.completed(JOB, 2048)).singleElement()
				.satisfies((event) -> assertThat(event.artifacts()).containsExactly(expected));
			assertThat(service.isAlive()).isTrue();
			assertThat(service.logText()).doesNotContain("OutOfMemoryError");
		}
	}

}
