package io.livecd.foreman.it;

import static io.livecd.foreman.it.Builds.path;
import static io.livecd.foreman.it.Builds.squashfs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.livecd.common.event.AliasTarget;
import io.livecd.common.event.AliasUpdateReason;
import io.livecd.common.event.ForemanUpdateFailed;
import io.livecd.foremansim.model.Fault;
import io.livecd.foremansim.model.Level;
import io.livecd.kafka.EventPublisher;
import io.livecd.kafka.EventTopics;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Foreman failing or slow: retries with back-off, convergence, and lanes that do not wait
 * for each other.
 */
@SpringBootTest
class ForemanOutageIT {

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
		registry.add("livecd.foreman.request-timeout", () -> "2s");
	}

	@AfterAll
	static void stop() {
		foreman.close();
	}

	/**
	 * For 30 s Foreman answers 500 for one location and for the other takes longer than
	 * the bridge waits, though it still carries the write out (the timeout that tempts a
	 * client into writing twice).
	 */
	@Test
	void shouldConvergeAfterThirtySecondsOfServerErrorsAndTimeoutsWithoutDuplicates() {
		Map<String, Integer> before = foreman.state().parameters().writes();
		Instant recovery = Instant.now().plusSeconds(30);
		foreman.state().faults().add(new Fault(500, Duration.ZERO, "/api/locations/1/", -1, recovery));
		foreman.state().faults().add(new Fault(0, Duration.ofSeconds(3), "/api/locations/2/", -1, recovery));
		AliasTarget build = squashfs(501);

		Builds.move(this.events, Builds.SQUASHFS, build, AliasUpdateReason.PUBLISH);
		Builds.synced(this.events, "ams", build);
		Builds.synced(this.events, "nyc", build);

		await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
			assertThat(foreman.location(1, "live_squash")).hasValue(path(build));
			assertThat(foreman.location(2, "live_squash")).hasValue(path(build));
		});
		assertThat(Instant.now()).isAfter(recovery);
		assertThat(foreman.requests()).filteredOn((request) -> request.status() == 500).hasSizeGreaterThan(10);
		assertThat(foreman.requests()).filteredOn((request) -> request.path().startsWith("/api/locations/2/"))
			.hasSizeGreaterThan(3);
		for (long location : new long[] { 1, 2 }) {
			assertThat(foreman.count(Level.LOCATION, location, "live_squash")).isEqualTo(1);
			assertThat(foreman.count(Level.LOCATION, location, "livesystem_url")).isEqualTo(1);
			assertThat(newWrites(before, location, "live_squash")).isEqualTo(1);
			assertThat(newWrites(before, location, "livesystem_url")).isEqualTo(wasSet(before, location) ? 0 : 1);
		}
		assertThat(foreman.effective("node1.ams.example", "live_squash")).hasValue(path(build));
		try (ForemanTopic published = new ForemanTopic(this.consumers, this.topics)) {
			await().pollInSameThread()
				.during(Duration.ofSeconds(1))
				.untilAsserted(() -> assertThat(published.events()).noneMatch(ForemanUpdateFailed.class::isInstance));
		}
	}

	@Test
	void shouldNotLetASlowLocationDelayAnother() {
		Instant recovery = Instant.now().plusSeconds(15);
		foreman.state().faults().add(new Fault(0, Duration.ofSeconds(5), "/api/locations/1/", -1, recovery));
		AliasTarget build = squashfs(601);

		Builds.move(this.events, Builds.SQUASHFS, build, AliasUpdateReason.PUBLISH);
		Builds.synced(this.events, "ams", build);
		Builds.synced(this.events, "nyc", build);

		await().atMost(Duration.ofSeconds(12))
			.untilAsserted(() -> assertThat(foreman.location(2, "live_squash")).hasValue(path(build)));
		assertThat(foreman.location(1, "live_squash")).isNotEqualTo(Optional.of(path(build)));
		assertThat(Instant.now()).isBefore(recovery);
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(foreman.location(1, "live_squash")).hasValue(path(build)));
		assertThat(foreman.count(Level.LOCATION, 1, "live_squash")).isEqualTo(1);
	}

	private static int newWrites(Map<String, Integer> before, long location, String name) {
		return foreman.writes(Level.LOCATION, location, name)
				- before.getOrDefault("location:" + location + ":" + name, 0);
	}

	private static boolean wasSet(Map<String, Integer> before, long location) {
		return before.containsKey("location:" + location + ":livesystem_url");
	}

}
