package io.livecd.foreman.it;

import static io.livecd.foreman.it.Builds.path;
import static io.livecd.foreman.it.Builds.squashfs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.livecd.common.event.AliasTarget;
import io.livecd.common.event.AliasUpdateReason;
import io.livecd.foremansim.model.Level;
import io.livecd.kafka.EventPublisher;
import io.livecd.testkit.Infrastructure;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The bridge keeps no state of its own: after a restart it rebuilds which builds each
 * mirror holds from the log, corrects what was changed by hand, and writes nothing that
 * is already right.
 */
class RestartIT {

	@Test
	void shouldRebuildItsStateFromTheLogAfterARestart() {
		String topics = Infrastructure.shared().newTopicPrefix();
		AliasTarget first = squashfs(701);
		AliasTarget second = squashfs(702);
		try (TestForeman foreman = TestForeman.start()) {
			try (ConfigurableApplicationContext bridge = Bridges.start(foreman, topics, password())) {
				EventPublisher events = bridge.getBean(EventPublisher.class);
				Builds.synced(events, "ams", first);
				Builds.synced(events, "nyc", first);
				Builds.move(events, Builds.SQUASHFS, first, AliasUpdateReason.PUBLISH);
				await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
					assertThat(foreman.location(1, "live_squash")).hasValue(path(first));
					assertThat(foreman.location(2, "live_squash")).hasValue(path(first));
				});
			}
			try (Bridges.Publisher whileDown = Bridges.publisher(topics)) {
				Builds.move(whileDown.events(), Builds.SQUASHFS, second, AliasUpdateReason.PUBLISH);
				Builds.synced(whileDown.events(), "ams", second);
			}
			foreman.put(1, "livesystem_url", "http://changed-by-hand.example/livecd");
			int nycWrites = foreman.writes(Level.LOCATION, 2, "live_squash");

			try (ConfigurableApplicationContext bridge = Bridges.start(foreman, topics, password())) {
				await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
					assertThat(foreman.location(1, "live_squash")).hasValue(path(second));
					assertThat(foreman.location(1, "livesystem_url")).hasValue(TestForeman.AMS_MIRROR);
				});
				await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
					assertThat(foreman.location(2, "live_squash")).hasValue(path(first));
					assertThat(foreman.writes(Level.LOCATION, 2, "live_squash")).isEqualTo(nycWrites);
				});

				Builds.synced(bridge.getBean(EventPublisher.class), "nyc", second);

				await().atMost(Duration.ofSeconds(30))
					.untilAsserted(() -> assertThat(foreman.location(2, "live_squash")).hasValue(path(second)));
			}
		}
	}

	private static String password() {
		return "--livecd.foreman.password=" + TestForeman.PASSWORD;
	}

}
