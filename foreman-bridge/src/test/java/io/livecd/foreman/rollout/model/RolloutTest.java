package io.livecd.foreman.rollout.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.livecd.foreman.parameters.model.Intent;
import io.livecd.foreman.parameters.model.Intent.SetParameter;
import io.livecd.foreman.parameters.model.Scope;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RolloutTest {

	static final Artifact BUILD_41 = artifact(41);

	static final Artifact BUILD_42 = artifact(42);

	static final Scope AMS = new Scope.Location("ams", 1);

	static final Scope NYC = new Scope.Location("nyc", 2);

	private final Rollout rollout = new Rollout(plan(Optional.empty()));

	@Nested
	class Publishing {

		@Test
		void shouldNameTheNewBuildAtALocationOnlyOnceItsMirrorIsWarm() {
			assertThat(rollout.aliasMoved("speedtest.squashfs", BUILD_42)).isEmpty();

			assertThat(rollout.synced("ams", BUILD_42)).containsExactly(
					new SetParameter(AMS, "livesystem_url", "http://mirror-ams.example:8091/livecd"),
					new SetParameter(AMS, "live_squash", "builds/build_iso_speedtest_el8/speedtest-42.squashfs"));
			assertThat(rollout.synced("nyc", BUILD_41)).isEmpty();
		}

		@Test
		void shouldNameItAtOnceWhereTheMirrorWasWarmBeforeTheAliasMoved() {
			rollout.synced("nyc", BUILD_42);

			assertThat(rollout.aliasMoved("speedtest.squashfs", BUILD_42)).extracting(Intent::scope).containsOnly(NYC);
		}

		@Test
		void shouldIgnoreAnotherChecksumForTheSameFile() {
			rollout.aliasMoved("speedtest.squashfs", BUILD_42);

			assertThat(rollout.synced("ams", new Artifact(BUILD_42.job(), 42, BUILD_42.file(), "b".repeat(64))))
				.isEmpty();
		}

		@Test
		void shouldIgnoreAliasesAndLocationsItDoesNotDrive() {
			assertThat(rollout.aliasMoved("other.iso", BUILD_42)).isEmpty();
			assertThat(rollout.synced("fra", BUILD_42)).isEmpty();
		}

	}

	@Nested
	class RollingBack {

		@Test
		void shouldMoveBackAtOnceWhereTheOldBuildIsStillWarm() {
			rollout.synced("ams", BUILD_41);
			rollout.synced("ams", BUILD_42);
			rollout.aliasMoved("speedtest.squashfs", BUILD_42);

			assertThat(rollout.aliasMoved("speedtest.squashfs", BUILD_41))
				.contains(new SetParameter(AMS, "live_squash", "builds/build_iso_speedtest_el8/speedtest-41.squashfs"));
		}

		@Test
		void shouldWaitForAnEvictedBuildToBeWarmAgain() {
			rollout.synced("ams", BUILD_41);
			rollout.evicted("ams", BUILD_41.job(), 41, BUILD_41.file());

			assertThat(rollout.aliasMoved("speedtest.squashfs", BUILD_41)).isEmpty();
			assertThat(rollout.synced("ams", BUILD_41)).hasSize(2);
		}

	}

	@Nested
	class State {

		@Test
		void shouldAskForEverythingTheStateCallsFor() {
			rollout.synced("ams", BUILD_42);
			rollout.synced("nyc", BUILD_41);
			rollout.aliasMoved("speedtest.squashfs", BUILD_42);

			assertThat(rollout.all()).extracting(Intent::scope).containsOnly(AMS);
		}

		@Test
		void shouldSetGlobalParametersAtOnceWithTheFallback() {
			Rollout withFallback = new Rollout(plan(Optional.of(URI.create("http://repo.example:8080/livecd"))));

			assertThat(withFallback.aliasMoved("speedtest.squashfs", BUILD_42)).containsExactly(
					new SetParameter(new Scope.Global(), "livesystem_url", "http://repo.example:8080/livecd"),
					new SetParameter(new Scope.Global(), "live_squash",
							"builds/build_iso_speedtest_el8/speedtest-42.squashfs"));
		}

	}

	static Artifact artifact(long build) {
		return new Artifact("build_iso_speedtest_el8", build, "speedtest-" + build + ".squashfs",
				Long.toHexString(build).repeat(64).substring(0, 64));
	}

	static RolloutPlan plan(Optional<URI> fallback) {
		return new RolloutPlan(
				Map.of("ams", new MirrorLocation("ams", 1, URI.create("http://mirror-ams.example:8091/livecd")), "nyc",
						new MirrorLocation("nyc", 2, URI.create("http://mirror-nyc.example:8091/livecd"))),
				Map.of("speedtest.squashfs", "live_squash"), "livesystem_url", fallback);
	}

}
