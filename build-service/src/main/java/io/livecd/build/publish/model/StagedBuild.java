package io.livecd.build.publish.model;

import io.livecd.common.event.BuildCompleted;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * A build that CI opened and is uploading into staging.
 *
 * @param id the build
 * @param metadata what CI said about it
 * @param openedAt when it was opened
 */
public record StagedBuild(BuildId id, BuildMetadata metadata, Instant openedAt) {

	/**
	 * The event that publishes this build with a verified manifest. Its id is derived
	 * from the job, the build number and the manifest, so every attempt to send it, after
	 * a failure or a restart, carries the same id and consumers can drop repeats.
	 */
	public BuildCompleted complete(Manifest manifest, Instant at) {
		return new BuildCompleted(eventId(this.id, manifest), at, this.id.job(), this.id.number(),
				this.metadata.image(), this.metadata.kernel(), this.metadata.gitCommit(), this.metadata.ciUrl(),
				manifest.artifacts());
	}

	static String eventId(BuildId id, Manifest manifest) {
		String name = "livecd.build.completed:" + id.job() + ":" + id.number() + ":" + manifest.digest();
		return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
	}

	/** Whether a published event carries this metadata. */
	public static boolean sameMetadata(BuildCompleted event, BuildMetadata metadata) {
		return new BuildMetadata(event.image(), event.kernel(), event.gitCommit(), event.ciUrl()).equals(metadata);
	}

}
