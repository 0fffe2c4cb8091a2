package io.livecd.build.publish.model;

import io.livecd.common.event.Artifact;
import io.livecd.common.event.BuildCompleted;
import java.util.List;

/**
 * Where a build stands.
 *
 * @param id the build
 * @param metadata what CI said about it
 * @param state open (uploading) or published
 * @param artifacts the artifacts stored so far, or the published manifest
 * @param eventId the {@code build.completed} event's id once published, else {@code null}
 */
public record BuildStatus(BuildId id, BuildMetadata metadata, State state, List<Artifact> artifacts, String eventId) {

	public static BuildStatus open(StagedBuild build, List<Artifact> stored) {
		return new BuildStatus(build.id(), build.metadata(), State.OPEN, List.copyOf(stored), null);
	}

	public static BuildStatus published(BuildCompleted event) {
		return new BuildStatus(new BuildId(event.job(), event.build()),
				new BuildMetadata(event.image(), event.kernel(), event.gitCommit(), event.ciUrl()), State.PUBLISHED,
				event.artifacts(), event.id());
	}

	/** The states of a build. */
	public enum State {

		/** Accepting uploads. */
		OPEN,

		/** Completed: its event is decided and no longer changes. */
		PUBLISHED

	}

}
