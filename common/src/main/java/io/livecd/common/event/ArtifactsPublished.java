package io.livecd.common.event;

import io.livecd.common.name.Names;
import java.time.Instant;
import java.util.List;

/** A build verified and copied to its immutable {@code builds/{job}/} keys. */
public record ArtifactsPublished(String id, Instant time, String job, long build,
		List<Artifact> artifacts) implements RepoEvent {

	public ArtifactsPublished {
		Require.text("id", id);
		Require.present("time", time);
		Names.requireJob(job);
		Require.buildNumber(build);
		artifacts = Require.nonEmpty("artifacts", artifacts);
	}

	@Override
	public String subject() {
		return this.job;
	}

}
