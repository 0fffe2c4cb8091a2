package io.livecd.foreman.it;

import static io.livecd.foreman.it.Builds.path;
import static io.livecd.foreman.it.Builds.squashfs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.livecd.common.envelope.EncodedEvent;
import io.livecd.common.envelope.EventCodec;
import io.livecd.common.event.AliasTarget;
import io.livecd.common.event.AliasUpdateReason;
import io.livecd.common.event.AliasUpdated;
import io.livecd.common.event.HostTaskRequested;
import io.livecd.common.event.MirrorSynced;
import io.livecd.common.event.Topics;
import io.livecd.foremansim.model.Level;
import io.livecd.kafka.DeadLetterHeaders;
import io.livecd.kafka.EventPublisher;
import io.livecd.kafka.EventTopics;
import io.livecd.testkit.PoisonRecords;
import io.livecd.testkit.TopicRecords;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Poison on every topic the bridge reads, each followed by good events delivered twice:
 * host task requests (livecd.ops, a consumer group) dead-letter the poison; the rollout
 * reader (livecd.aliases and livecd.mirrors from the beginning, no group) skips it. The
 * good events are carried out once.
 */
@SpringBootTest
class PoisonEventsIT {

	private static final String NODE = "node1.ams.example";

	private static final TestForeman foreman = TestForeman.start();

	@Autowired
	private EventPublisher events;

	@Autowired
	private EventTopics topics;

	@Autowired
	private KafkaTemplate<String, byte[]> kafka;

	@Autowired
	private Environment environment;

	@DynamicPropertySource
	static void foreman(DynamicPropertyRegistry registry) {
		foreman.register(registry);
	}

	@AfterAll
	static void stop() {
		foreman.close();
	}

	@Test
	void shouldDeadLetterPoisonHostTasksAndCarryOutTheGoodOneAfterItOnce() throws Exception {
		HostTaskRequested good = new HostTaskRequested(UUID.randomUUID().toString(), Instant.now(), NODE, "hwtest",
				"it");
		sendPoison(new EventCodec("it").encode(good), good.id());
		this.events.publish(good);
		this.events.publish(good);

		long host = foreman.state().inventory().findHost(NODE).orElseThrow().id();
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(foreman.effective(NODE, "hk_speedtest_autotask")).hasValue("hwtest"));
		await().untilAsserted(
				() -> assertThat(TopicRecords.read(bootstrap(), Topics.deadLetter(this.topics.ops()))).hasSize(3)
					.allSatisfy((record) -> {
						assertThat(TopicRecords.header(record, DeadLetterHeaders.GROUP))
							.isEqualTo(this.topics.group("foreman-bridge-tasks"));
						assertThat(TopicRecords.header(record, DeadLetterHeaders.REASON)).isNotBlank();
					}));
		assertThat(foreman.writes(Level.HOST, host, "hk_speedtest_autotask")).isEqualTo(1);
	}

	@Test
	void shouldSkipPoisonInTheRolloutLogAndSetTheGoodBuildOnce() throws Exception {
		AliasTarget build = squashfs(701);
		AliasUpdated moved = new AliasUpdated(UUID.randomUUID().toString(), Instant.now(), Builds.SQUASHFS, null, build,
				AliasUpdateReason.PUBLISH, "repo-service");
		MirrorSynced synced = new MirrorSynced(UUID.randomUUID().toString(), Instant.now(), "ams", build.job(),
				build.build(), build.file(), build.sha256(), build.size(), 0.25);
		EncodedEvent alias = new EventCodec("it").encode(moved);
		sendPoison(new EncodedEvent(Topics.ALIASES, alias.key(), alias.headers(), alias.payload()), moved.id());
		sendPoison(new EventCodec("it").encode(synced), synced.id());
		this.events.publish(moved, Topics.ALIASES);
		this.events.publish(moved, Topics.ALIASES);
		this.events.publish(synced);
		this.events.publish(synced);

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(foreman.location(1, "live_squash")).hasValue(path(build)));
		assertThat(foreman.count(Level.LOCATION, 1, "live_squash")).isEqualTo(1);
		assertThat(foreman.requests()).filteredOn((request) -> !request.method().equals("GET"))
			.filteredOn((request) -> request.path().startsWith("/api/locations/1/parameters"))
			.filteredOn((request) -> request.body() != null && request.body().contains(build.file()))
			.hasSize(1);
	}

	/** Invalid JSON, an unknown CloudEvents version and a payload without its fields. */
	private void sendPoison(EncodedEvent template, String id) throws Exception {
		for (ProducerRecord<String, byte[]> poison : PoisonRecords.of(this.topics.of(template.topic()), template, id)) {
			this.kafka.send(poison).get();
		}
	}

	private String bootstrap() {
		return this.environment.getRequiredProperty("spring.kafka.bootstrap-servers");
	}

}
