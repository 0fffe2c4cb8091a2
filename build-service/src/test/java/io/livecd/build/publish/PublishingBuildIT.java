package io.livecd.build.publish;

import static io.livecd.build.support.ApiClient.JOB;
import static io.livecd.build.support.ApiClient.body;
import static io.livecd.build.support.ApiClient.entry;
import static io.livecd.build.support.ApiClient.manifest;
import static org.assertj.core.api.Assertions.assertThat;

import io.livecd.build.support.ApiClient;
import io.livecd.build.support.BucketContents;
import io.livecd.build.support.BuildsTopic;
import io.livecd.common.checksum.Sha256;
import io.livecd.common.event.Artifact;
import io.livecd.common.event.BuildCompleted;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "livecd.auth.tokens=" + ApiClient.TOKENS, "livecd.s3.part-size=5MB" })
class PublishingBuildIT {

	@LocalServerPort
	private int port;

	@Autowired
	private Environment environment;

	private ApiClient api;

	private BuildsTopic topic;

	private final Map<String, byte[]> artifacts = new LinkedHashMap<>();

	@BeforeEach
	void setUp() {
		this.api = new ApiClient("http://127.0.0.1:" + this.port, ApiClient.CI_TOKEN);
		this.topic = new BuildsTopic(this.environment.getProperty("spring.kafka.bootstrap-servers"),
				this.environment.getProperty("livecd.events.topic-prefix") + "livecd.builds");
		Random random = new Random(42);
		this.artifacts.put("speedtest.squashfs", randomBytes(random, 12 * 1024 * 1024 + 17));
		this.artifacts.put("initrd.img", randomBytes(random, 3 * 1024 * 1024));
		this.artifacts.put("vmlinuz", randomBytes(random, 1000));
	}

	@Test
	void shouldPublishThreeArtifactsAsExactlyOneBuildCompleted() {
		assertThat(this.api.open(JOB, 42, "speedtest").statusCode()).isEqualTo(201);
		this.artifacts.forEach((name, bytes) -> {
			HttpResponse<String> upload = this.api.upload(JOB, 42, name, bytes);
			assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
			assertThat(body(upload).get("sha256").asString()).isEqualTo(Sha256.of(bytes));
		});

		HttpResponse<String> completed = this.api.complete(JOB, 42, manifest(this.artifacts));

		assertThat(completed.statusCode()).as(completed.body()).isEqualTo(202);
		String eventId = body(completed).get("eventId").asString();
		List<BuildCompleted> events = this.topic.completed(JOB, 42);
		assertThat(events).singleElement().satisfies((event) -> {
			assertThat(event.id()).isEqualTo(eventId);
			assertThat(event.build()).isEqualTo(42);
			assertThat(event.image()).isEqualTo("speedtest");
			assertThat(event.artifacts()).containsExactlyInAnyOrder(artifact("speedtest.squashfs"),
					artifact("initrd.img"), artifact("vmlinuz"));
		});
		String bucket = this.environment.getProperty("livecd.s3.bucket");
		assertThat(BucketContents.keys(bucket))
			.contains("staging/" + JOB + "/42/artifacts/speedtest.squashfs", "published/" + JOB + "/42.json")
			.noneMatch((key) -> key.startsWith("outbox/") || key.startsWith(".mpus-"));
	}

	@Test
	void shouldAnswerTheSameEventIdWhenCompletedAgainAndRefuseAnotherManifest() {
		publish(43);
		String first = body(this.api.complete(JOB, 43, manifest(this.artifacts))).get("eventId").asString();

		HttpResponse<String> again = this.api.complete(JOB, 43, manifest(this.artifacts));
		HttpResponse<String> other = this.api.complete(JOB, 43,
				List.of(entry("vmlinuz", this.artifacts.get("vmlinuz"))));
		HttpResponse<String> reupload = this.api.upload(JOB, 43, "vmlinuz", new byte[] { 1 });

		assertThat(again.statusCode()).isEqualTo(202);
		assertThat(body(again).get("eventId").asString()).isEqualTo(first);
		assertThat(other.statusCode()).isEqualTo(409);
		assertThat(body(other).get("type").asString()).isEqualTo("urn:livecd:problem:manifest-conflict");
		assertThat(reupload.statusCode()).isEqualTo(409);
		assertThat(this.topic.completed(JOB, 43)).hasSize(1);
	}

	@Test
	void shouldReportAnOpenBuildWithItsArtifactsAndThenItsPublication() {
		this.api.open(JOB, 44, "speedtest");
		this.api.upload(JOB, 44, "vmlinuz", this.artifacts.get("vmlinuz"));

		HttpResponse<String> open = this.api.get(this.api.buildPath(JOB, 44));
		assertThat(body(open).get("state").asString()).isEqualTo("open");
		assertThat(body(open).get("artifacts").get(0).get("name").asString()).isEqualTo("vmlinuz");

		this.api.complete(JOB, 44, List.of(entry("vmlinuz", this.artifacts.get("vmlinuz"))));
		HttpResponse<String> published = this.api.get(this.api.buildPath(JOB, 44));
		assertThat(body(published).get("state").asString()).isEqualTo("published");
		assertThat(body(published).get("eventId").asString()).isNotBlank();
	}

	@Test
	void shouldPublishABuildOpenedWithItsImageOnly() {
		HttpResponse<String> opened = this.api.send("POST", this.api.buildPath(JOB, 45),
				BodyPublishers.ofString("{\"image\":\"speedtest\"}"), Map.of());
		assertThat(opened.statusCode()).isEqualTo(201);
		this.api.upload(JOB, 45, "vmlinuz", this.artifacts.get("vmlinuz"));

		assertThat(this.api.complete(JOB, 45, List.of(entry("vmlinuz", this.artifacts.get("vmlinuz")))).statusCode())
			.isEqualTo(202);

		assertThat(this.topic.completed(JOB, 45)).singleElement().satisfies((event) -> {
			assertThat(event.kernel()).isNull();
			assertThat(event.gitCommit()).isNull();
			assertThat(event.ciUrl()).isNull();
		});
	}

	private void publish(long build) {
		this.api.open(JOB, build, "speedtest");
		this.artifacts.forEach((name, bytes) -> this.api.upload(JOB, build, name, bytes));
	}

	private Artifact artifact(String name) {
		byte[] bytes = this.artifacts.get(name);
		return new Artifact(name, bytes.length, Sha256.of(bytes));
	}

	private static byte[] randomBytes(Random random, int size) {
		byte[] bytes = new byte[size];
		random.nextBytes(bytes);
		return bytes;
	}

}
