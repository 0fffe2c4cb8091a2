package io.livecd.common.event;

import io.livecd.common.name.Names;
import java.time.Instant;
import java.util.List;

/** Retention removed a build's files from the repository. */
public record BuildPruned(String id, Instant time, String job, long build, List<String> files) implements RepoEvent {

	public BuildPruned {
		Require.text("id", id);
		Require.present("time", time);
		Names.requireJob(job);
		Require.buildNumber(build);
		files = Require.nonEmpty("files", files);
		files.forEach(Names::requireArtifact);
	}

	@Override
	public String subject() {
		return this.job;
	}

}
