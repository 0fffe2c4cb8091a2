package io.livecd.common.event;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One realistic sample of every event type, as the golden files hold them. */
public final class EventFixtures {

	public static final Instant TIME = Instant.parse("2026-11-20T10:00:00Z");

	public static final String SHA_A = "a".repeat(64);

	public static final String SHA_B = "b".repeat(64);

	private EventFixtures() {
	}

	public static BuildCompleted aBuildCompleted() {
		return new BuildCompleted("0b6c4c1e-0000-4000-8000-000000000001", TIME, "build_iso_speedtest_el8", 42,
				"speedtest", "5.14.0-427.el8", "3f1c2a9", "https://ci.example/job/build_iso_speedtest_el8/42/",
				List.of(new Artifact("speedtest-42.squashfs", 1073741824L, SHA_A),
						new Artifact("speedtest-42.iso", 1181116006L, SHA_B)));
	}

	public static AliasTarget aTarget(long build) {
		return new AliasTarget("build_iso_speedtest_el8", build, "speedtest-" + build + ".squashfs", 1073741824L,
				(build % 2 == 0) ? SHA_A : SHA_B);
	}

	public static Map<EventType, LivecdEvent> oneOfEach() {
		return Stream.of(aBuildCompleted(),
				new ArtifactsPublished("id-artifacts-published", TIME, "build_iso_speedtest_el8", 42,
						List.of(new Artifact("speedtest-42.squashfs", 1073741824L, SHA_A))),
				new AliasUpdated("id-alias-updated", TIME, "speedtest.squashfs", aTarget(41), aTarget(42),
						AliasUpdateReason.PUBLISH, "repo-service"),
				new AliasPinned("id-alias-pinned", TIME, "speedtest.squashfs", 41, "ops-alice"),
				new AliasUnpinned("id-alias-unpinned", TIME, "speedtest.squashfs", "ops-alice"),
				new BuildPruned("id-build-pruned", TIME, "build_iso_speedtest_el8", 39,
						List.of("speedtest-39.squashfs", "speedtest-39.iso")),
				new BuildRejected("id-build-rejected", TIME, "build_iso_speedtest_el8", 43,
						"speedtest-43.squashfs: sha256 " + SHA_B + " does not match the manifest's " + SHA_A),
				new MirrorSynced("id-mirror-synced", TIME, "ams", "build_iso_speedtest_el8", 42,
						"speedtest-42.squashfs", SHA_A, 1073741824L, 3.25),
				new MirrorSyncFailed("id-mirror-sync-failed", TIME, "nyc", "build_iso_speedtest_el8", 42,
						"speedtest-42.squashfs", "upstream answered 503"),
				new MirrorEvicted("id-mirror-evicted", TIME, "ams", "build_iso_speedtest_el8", 39,
						"speedtest-39.squashfs", "pruned"),
				new ForemanParametersUpdated("id-foreman-parameters-updated", TIME, "location:ams", "ams",
						"live_squash", "builds/build_iso_speedtest_el8/speedtest-41.squashfs",
						"builds/build_iso_speedtest_el8/speedtest-42.squashfs"),
				new ForemanUpdateFailed("id-foreman-update-failed", TIME, "location:nyc", "live_squash",
						"builds/build_iso_speedtest_el8/speedtest-42.squashfs", "Foreman answered 500 five times"),
				new AliasRollbackRequested("id-alias-rollback-requested", TIME, "speedtest.squashfs", 41L, "ops-alice"),
				new HostTaskRequested("id-host-task-requested", TIME, "node17.ams.example.net", "hwtest", "ops-alice"))
			.collect(Collectors.toMap(EventType::of, Function.identity()));
	}

}
