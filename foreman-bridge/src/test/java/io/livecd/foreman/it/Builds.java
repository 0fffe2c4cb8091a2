package io.livecd.foreman.it;

import io.livecd.common.checksum.Sha256;
import io.livecd.common.event.AliasTarget;
import io.livecd.common.event.AliasUpdateReason;
import io.livecd.common.event.AliasUpdated;
import io.livecd.common.event.MirrorSynced;
import io.livecd.common.event.Topics;
import io.livecd.kafka.EventPublisher;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Events about builds of the speedtest image, as repo-service and the mirrors publish
 * them (those services are built elsewhere; these tests stand in for them).
 */
final class Builds {

	static final String JOB = "build_iso_speedtest_el8";

	static final String SQUASHFS = "speedtest.squashfs";

	static final String INITRD = "speedtest.initrd";

	private Builds() {
	}

	/** The squashfs of a build. */
	static AliasTarget squashfs(long build) {
		return artifact("speedtest-" + build + ".squashfs", build);
	}

	/** The initrd of a build. */
	static AliasTarget initrd(long build) {
		return artifact("speedtest-" + build + ".initrd", build);
	}

	/** Where a target lives under a mirror's base URL. */
	static String path(AliasTarget target) {
		return target.path();
	}

	/**
	 * Moves an alias as repo-service does: on livecd.repo and on the compacted
	 * livecd.aliases ({@code previous} is not read by the bridge).
	 */
	static void move(EventPublisher events, String alias, AliasTarget target, AliasUpdateReason reason) {
		AliasUpdated moved = new AliasUpdated(UUID.randomUUID().toString(), Instant.now(), alias, null, target, reason,
				"repo-service");
		events.publish(moved);
		events.publish(moved, Topics.ALIASES);
	}

	/** A mirror reports a target warm. */
	static void synced(EventPublisher events, String location, AliasTarget target) {
		events.publish(new MirrorSynced(UUID.randomUUID().toString(), Instant.now(), location, target.job(),
				target.build(), target.file(), target.sha256(), target.size(), 0.25));
	}

	private static AliasTarget artifact(String file, long build) {
		return new AliasTarget(JOB, build, file, 1L << 20,
				Sha256.of((file + "@" + build).getBytes(StandardCharsets.UTF_8)));
	}

}
