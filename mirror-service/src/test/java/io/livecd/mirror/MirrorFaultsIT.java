package io.livecd.mirror;

import static io.livecd.mirror.PullThroughIT.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.livecd.common.checksum.Sha256;
import io.livecd.common.envelope.EncodedEvent;
import io.livecd.common.envelope.EventCodec;
import io.livecd.common.event.AliasTarget;
import io.livecd.common.event.AliasUpdateReason;
import io.livecd.common.event.AliasUpdated;
import io.livecd.common.event.Artifact;
import io.livecd.common.event.ArtifactsPublished;
import io.livecd.common.event.MirrorSynced;
import io.livecd.common.event.Topics;
import io.livecd.kafka.DeadLetterHeaders;
import io.livecd.kafka.EventPublisher;
import io.livecd.testkit.Infrastructure;
import io.livecd.testkit.PoisonRecords;
import io.livecd.testkit.TopicRecords;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * A mirror killed with SIGKILL while it pre-warms, and poison on the topics a mirror
 * reads, against the real broker.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MirrorFaultsIT {

	private static final String JOB = "build_iso_speedtest_el8";

	private String prefix;

	private Map<String, Object> kafka;

	private TestUpstream upstream;

	private RunningMirror ams;

	@BeforeAll
	void start(@TempDir Path cache) throws Exception {
		Infrastructure infrastructure = Infrastructure.shared();
		this.prefix = infrastructure.newTopicPrefix();
		this.kafka = Map.of("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrap(),
				"livecd.events.topic-prefix", this.prefix);
		this.upstream = new TestUpstream();
		this.ams = RunningMirror.withEvents("ams", this.upstream.url(), cache, this.kafka);
	}

	@AfterAll
	void stop() {
		this.ams.close();
		this.upstream.close();
	}

	@Test
	void shouldConvergeAfterASigkillDuringPrewarmAndNeverServePartialBytes(@TempDir Path cache, @TempDir Path logs)
			throws Exception {
		byte[] content = bytes(8 << 20, 21);
		TestUpstream.File file = this.upstream.serve(JOB, "speedtest-21.squashfs", content).stallAt(3 << 20);
		Process child = CrashRecoveryIT.startChild(cache, this.upstream.url(), logs.resolve("child.log"), "kill",
				"--spring.kafka.bootstrap-servers=" + this.kafka.get("spring.kafka.bootstrap-servers"),
				"--livecd.events.topic-prefix=" + this.prefix);
		try {
			int port = CrashRecoveryIT.awaitPort(logs.resolve("child.log"));
			AliasTarget target = new AliasTarget(JOB, 21, "speedtest-21.squashfs", content.length, Sha256.of(content));
			publish(new ArtifactsPublished(UUID.randomUUID().toString(), Instant.now(), JOB, 21,
					List.of(new Artifact(target.file(), content.length, target.sha256()))));
			AliasUpdated moved = new AliasUpdated(UUID.randomUUID().toString(), Instant.now(), "kill.squashfs", null,
					target, AliasUpdateReason.PUBLISH, "repo-service");
			publish(moved);
			this.ams.bean(EventPublisher.class).publish(moved, Topics.ALIASES);
			await().atMost(Duration.ofMinutes(1)).until(file::hasStalled);
			await().untilAsserted(() -> assertThat(CrashRecoveryIT.partials(cache)).isNotEmpty());
			HttpResponse<byte[]> cold = RunningMirror.CLIENT.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/livecd/kill.squashfs")).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(cold.statusCode()).as("an alias whose target is not warm yet").isNotEqualTo(200);
			child.destroyForcibly().waitFor();
		}
		finally {
			child.destroyForcibly().waitFor();
		}
		assertThat(cache.resolve("builds").resolve(JOB).resolve("speedtest-21.squashfs")).doesNotExist();
		file.release();
		try (RunningMirror restarted = RunningMirror.withEvents("kill", this.upstream.url(), cache, this.kafka)) {
			await().atMost(Duration.ofMinutes(1))
				.untilAsserted(() -> assertThat(restarted.get("/livecd/kill.squashfs").body()).isEqualTo(content));
			assertThat(restarted.cached(JOB, "speedtest-21.squashfs")).hasBinaryContent(content);
			assertThat(CrashRecoveryIT.partials(cache)).isEmpty();
			await().untilAsserted(() -> assertThat(reports(MirrorSynced.class))
				.filteredOn((synced) -> synced.location().equals("kill") && synced.build() == 21)
				.singleElement()
				.satisfies((synced) -> assertThat(synced.sha256()).isEqualTo(Sha256.of(content))));
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void shouldDeadLetterPoisonOnEveryTopicItReadsAndKeepConsuming() throws Exception {
		byte[] content = bytes(50_000, 22);
		this.upstream.serve(JOB, "speedtest-22.squashfs", content);
		AliasTarget target = new AliasTarget(JOB, 22, "speedtest-22.squashfs", content.length, Sha256.of(content));
		AliasUpdated good = new AliasUpdated(UUID.randomUUID().toString(), Instant.now(), "poison.squashfs", null,
				target, AliasUpdateReason.PUBLISH, "repo-service");
		EncodedEvent template = new EventCodec("it").encode(good);
		for (String topic : List.of(Topics.REPO, Topics.ALIASES)) {
			for (ProducerRecord<String, byte[]> poison : PoisonRecords.of(this.prefix + topic, template, good.id())) {
				this.ams.bean(KafkaTemplate.class).send(poison).get();
			}
		}
		publish(good);
		this.ams.bean(EventPublisher.class).publish(good, Topics.ALIASES);

		await().atMost(Duration.ofMinutes(1))
			.untilAsserted(() -> assertThat(this.ams.get("/livecd/poison.squashfs").body()).isEqualTo(content));
		await()
			.untilAsserted(() -> assertThat(TopicRecords.read(bootstrap(), this.prefix + Topics.deadLetter(Topics.REPO),
					this.prefix + Topics.deadLetter(Topics.ALIASES)))
				.hasSize(6)
				.allSatisfy((record) -> {
					assertThat(TopicRecords.header(record, DeadLetterHeaders.GROUP))
						.isEqualTo(this.prefix + "mirror-ams");
					assertThat(TopicRecords.header(record, DeadLetterHeaders.REASON)).isNotBlank();
				}));
	}

	private void publish(io.livecd.common.event.LivecdEvent event) {
		this.ams.bean(EventPublisher.class).publish(event);
	}

	private <T> List<T> reports(Class<T> type) {
		return TopicRecords.events(bootstrap(), this.prefix + Topics.MIRRORS)
			.stream()
			.filter(type::isInstance)
			.map(type::cast)
			.toList();
	}

	private String bootstrap() {
		return (String) this.kafka.get("spring.kafka.bootstrap-servers");
	}

}
