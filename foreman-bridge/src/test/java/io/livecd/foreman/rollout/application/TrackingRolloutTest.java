package io.livecd.foreman.rollout.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.livecd.common.event.AliasTarget;
import io.livecd.common.event.AliasUpdateReason;
import io.livecd.common.event.AliasUpdated;
import io.livecd.common.event.MirrorSynced;
import io.livecd.foreman.parameters.model.Intent;
import io.livecd.foreman.rollout.model.MirrorLocation;
import io.livecd.foreman.rollout.model.Rollout;
import io.livecd.foreman.rollout.model.RolloutPlan;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrackingRolloutTest {

	private static final AliasTarget BUILD_41 = target(41);

	private static final AliasTarget BUILD_42 = target(42);

	private final List<Intent> requested = new ArrayList<>();

	private final TrackingRollout tracking = new TrackingRollout(
			new Rollout(new RolloutPlan(
					Map.of("ams", new MirrorLocation("ams", 1, URI.create("http://mirror-ams.example:8091/livecd"))),
					Map.of("speedtest.squashfs", "live_squash"), "livesystem_url", Optional.empty())),
			this.requested::add);

	@Test
	void shouldReplayHistoryWithoutAskingForOldValues() {
		tracking.on(synced(BUILD_41));
		tracking.on(moved(BUILD_41));
		tracking.on(synced(BUILD_42));
		tracking.on(moved(BUILD_42));

		assertThat(requested).isEmpty();

		tracking.caughtUp();

		assertThat(requested).extracting(Intent::value)
			.containsExactly("http://mirror-ams.example:8091/livecd",
					"builds/build_iso_speedtest_el8/speedtest-42.squashfs");
	}

	@Test
	void shouldAskForEachChangeOnceLive() {
		tracking.caughtUp();

		tracking.on(moved(BUILD_42));
		assertThat(requested).isEmpty();
		tracking.on(synced(BUILD_42));

		assertThat(requested).hasSize(2);
		assertThat(tracking.isLive()).isTrue();
	}

	private static AliasTarget target(long build) {
		return new AliasTarget("build_iso_speedtest_el8", build, "speedtest-" + build + ".squashfs", 1024,
				String.valueOf(build % 10).repeat(64));
	}

	private static AliasUpdated moved(AliasTarget target) {
		return new AliasUpdated("id-" + target.build(), Instant.now(), "speedtest.squashfs", null, target,
				AliasUpdateReason.PUBLISH, "repo-service");
	}

	private static MirrorSynced synced(AliasTarget target) {
		return new MirrorSynced("sync-" + target.build(), Instant.now(), "ams", target.job(), target.build(),
				target.file(), target.sha256(), target.size(), 0.5);
	}

}
