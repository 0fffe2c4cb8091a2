package io.livecd.foreman.it;

import static io.livecd.foreman.it.Builds.path;
import static io.livecd.foreman.it.Builds.squashfs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.livecd.common.event.AliasTarget;
import io.livecd.common.event.AliasUpdateReason;
import io.livecd.common.event.ForemanParametersUpdated;
import io.livecd.foremansim.model.Level;
import io.livecd.kafka.EventPublisher;
import io.livecd.kafka.EventTopics;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Publish, warm-up per location and rollback, with the real broker and the simulated
 * Foreman.
 */
@SpringBootTest
class RolloutIT {

	private static final TestForeman foreman = TestForeman.start();

	@Autowired
	private EventPublisher events;

	@Autowired
	private ConsumerFactory<String, byte[]> consumers;

	@Autowired
	private EventTopics topics;

	@DynamicPropertySource
	static void foreman(DynamicPropertyRegistry registry) {
		foreman.register(registry);
	}

	@AfterAll
	static void stop() {
		foreman.close();
	}

	@Test
	void shouldNameTheNewBuildAtEachLocationOnlyAfterItsMirrorReportedIt() {
		AliasTarget build = squashfs(101);
		Builds.move(this.events, Builds.SQUASHFS, build, AliasUpdateReason.PUBLISH);
		Builds.synced(this.events, "ams", build);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(foreman.location(1, "live_squash")).hasValue(path(build)));
		assertThat(foreman.location(1, "livesystem_url")).hasValue(TestForeman.AMS_MIRROR);
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(foreman.location(2, "live_squash"))
				.isNotEqualTo(java.util.Optional.of(path(build))));

		Builds.synced(this.events, "nyc", build);

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(foreman.effective("node1.ams.example", "live_squash")).hasValue(path(build));
			assertThat(foreman.effective("node1.nyc.example", "live_squash")).hasValue(path(build));
			assertThat(foreman.effective("node1.nyc.example", "livesystem_url")).hasValue(TestForeman.NYC_MIRROR);
			assertThat(foreman.tftp("node1.nyc.example")).hasValueSatisfying(
					(pxe) -> assertThat(pxe).contains("root=live:" + TestForeman.NYC_MIRROR + "/" + path(build) + " "));
		});
		try (ForemanTopic published = new ForemanTopic(this.consumers, this.topics)) {
			await().pollInSameThread()
				.atMost(Duration.ofSeconds(30))
				.untilAsserted(
						() -> assertThat(published.events()).filteredOn(ForemanParametersUpdated.class::isInstance)
							.map(ForemanParametersUpdated.class::cast)
							.anySatisfy((updated) -> {
								assertThat(updated.scope()).isEqualTo("location:nyc");
								assertThat(updated.location()).isEqualTo("nyc");
								assertThat(updated.name()).isEqualTo("live_squash");
								assertThat(updated.newValue()).isEqualTo(path(build));
							}));
		}
	}

	@Test
	void shouldMoveBothLocationsBackAtOnceOnRollback() {
		AliasTarget good = squashfs(201);
		AliasTarget bad = squashfs(202);
		for (AliasTarget build : new AliasTarget[] { good, bad }) {
			Builds.synced(this.events, "ams", build);
			Builds.synced(this.events, "nyc", build);
			Builds.move(this.events, Builds.SQUASHFS, build, AliasUpdateReason.PUBLISH);
		}
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(foreman.effective("node1.ams.example", "live_squash")).hasValue(path(bad));
			assertThat(foreman.effective("node1.nyc.example", "live_squash")).hasValue(path(bad));
		});

		Builds.move(this.events, Builds.SQUASHFS, good, AliasUpdateReason.ROLLBACK);

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(foreman.effective("node1.ams.example", "live_squash")).hasValue(path(good));
			assertThat(foreman.effective("node1.nyc.example", "live_squash")).hasValue(path(good));
		});
	}

	@Test
	void shouldWriteNothingWhenForemanAlreadyHoldsTheValueNorForDuplicates() {
		AliasTarget build = squashfs(301);
		foreman.put(1, "live_squash", path(build));
		foreman.put(1, "livesystem_url", TestForeman.AMS_MIRROR);
		Map<String, Integer> before = foreman.state().parameters().writes();

		Builds.move(this.events, Builds.SQUASHFS, build, AliasUpdateReason.PUBLISH);
		Builds.synced(this.events, "ams", build);
		Builds.synced(this.events, "ams", build);
		Builds.move(this.events, Builds.SQUASHFS, build, AliasUpdateReason.REPLAY);
		AliasTarget sentinel = Builds.initrd(301);
		Builds.move(this.events, Builds.INITRD, sentinel, AliasUpdateReason.PUBLISH);
		Builds.synced(this.events, "ams", sentinel);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(foreman.location(1, "live_initrd")).hasValue(path(sentinel)));
		assertThat(foreman.writes(Level.LOCATION, 1, "live_squash")).isEqualTo(before.get("location:1:live_squash"));
		assertThat(foreman.writes(Level.LOCATION, 1, "livesystem_url"))
			.isEqualTo(before.get("location:1:livesystem_url"));
		assertThat(foreman.count(Level.LOCATION, 1, "live_squash")).isEqualTo(1);
	}

}
