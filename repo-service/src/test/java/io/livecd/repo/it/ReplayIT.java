package io.livecd.repo.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.livecd.common.event.AliasTarget;
import io.livecd.common.event.AliasUpdated;
import io.livecd.repo.RepoServiceApplication;
import io.livecd.repo.catalog.application.CatalogStore;
import io.livecd.repo.catalog.application.PinResult;
import io.livecd.repo.catalog.application.PinningAlias;
import io.livecd.repo.catalog.application.PinningAlias.PinAlias;
import io.livecd.repo.catalog.model.Catalog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;

/**
 * Restart: a fresh instance on the same topics and bucket rebuilds the catalog from the
 * log and the manifests, and replaying every {@code build.completed} from the start (a
 * new consumer group) changes nothing.
 */
@RepoServiceTest
class ReplayIT extends ItSupport {

	private static final String JOB = "it_replay";

	@Autowired
	private ConfigurableEnvironment configurable;

	@Autowired
	private PinningAlias pinning;

	@Test
	void shouldReachTheSameCatalogInAFreshInstanceReplayingTheTopics() throws Exception {
		for (long build = 1; build <= 4; build++) {
			ci().publish(JOB, build, "speedtest-" + build + ".squashfs");
		}
		await().atMost(Duration.ofSeconds(60)).until(() -> aliasBuild("replay.squashfs") == 4);
		assertThat(this.pinning.pin(new PinAlias("replay.squashfs", 3, "alice"))).isInstanceOf(PinResult.Done.class);
		ci().publish(JOB, 5, "speedtest-5.squashfs");
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.catalog.current().builds(JOB).keySet().equals(new TreeSet<>(List.of(3L, 4L, 5L))));
		Catalog before = this.catalog.current();
		int logSize = repoLog().size();
		String group = "repo-service-replay-" + UUID.randomUUID();

		try (ConfigurableApplicationContext fresh = new SpringApplicationBuilder(RepoServiceApplication.class)
			.run(arguments(group))) {
			Catalog restored = fresh.getBean(CatalogStore.class).current();

			assertThat(targets(restored)).isEqualTo(targets(before)).containsKey("replay.squashfs");
			assertThat(restored.target("replay.squashfs").get().build()).isEqualTo(3);
			assertThat(restored.pins()).isEqualTo(before.pins());
			assertThat(restored.history()).isEqualTo(before.history());
			assertThat(restored.builds()).isEqualTo(before.builds());

			await().atMost(Duration.ofSeconds(60)).until(() -> consumedToTheEnd(group, this.topics.builds()));
			assertThat(repoLog()).as("replayed builds log nothing").hasSize(logSize);
			assertThat(targets(fresh.getBean(CatalogStore.class).current())).isEqualTo(targets(before));
		}
	}

	private static Map<String, AliasTarget> targets(Catalog catalog) {
		return catalog.aliases()
			.values()
			.stream()
			.collect(Collectors.toMap(AliasUpdated::alias, AliasUpdated::target, (a, b) -> a, TreeMap::new));
	}

	/**
	 * This context's settings, so the fresh instance uses the same broker, topics and
	 * bucket.
	 */
	private String[] arguments(String group) {
		Map<String, String> settings = new TreeMap<>();
		this.configurable.getPropertySources().forEach((source) -> {
			if (source instanceof EnumerablePropertySource<?> enumerable) {
				for (String name : enumerable.getPropertyNames()) {
					if (name.startsWith("livecd.") || name.equals("spring.kafka.bootstrap-servers")) {
						settings.put(name, this.configurable.getProperty(name));
					}
				}
			}
		});
		settings.put("server.port", "0");
		settings.put("spring.kafka.consumer.group-id", group);
		List<String> arguments = new ArrayList<>();
		settings.forEach((name, value) -> arguments.add("--" + name + "=" + value));
		return arguments.toArray(String[]::new);
	}

	private boolean consumedToTheEnd(String group, String topic) throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()))) {
			Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(this.topics.group(group))
				.partitionsToOffsetAndMetadata()
				.get();
			Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(List.of(topic))
				.allTopicNames()
				.get()
				.get(topic)
				.partitions()
				.stream()
				.collect(Collectors.toMap((p) -> new TopicPartition(topic, p.partition()), (p) -> OffsetSpec.latest()));
			Map<TopicPartition, ListOffsetsResultInfo> end = admin.listOffsets(latest).all().get();
			return end.entrySet()
				.stream()
				.allMatch((e) -> e.getValue().offset() == 0 || (committed.get(e.getKey()) != null
						&& committed.get(e.getKey()).offset() >= e.getValue().offset()));
		}
	}

}
