package io.livecd.common.event;

import io.livecd.common.name.Names;
import java.time.Instant;
import java.util.List;

/**
 * A CI build whose artifacts are all durable in staging; its manifest is the truth every
 * later check compares with.
 */
public record BuildCompleted(String id, Instant time, String job, long build, String image, String kernel,
		String gitCommit, String ciUrl, List<Artifact> artifacts) implements BuildEvent {

	public BuildCompleted {
		Require.text("id", id);
		Require.present("time", time);
		Names.requireJob(job);
		Require.buildNumber(build);
		Require.text("image", image);
		artifacts = Require.nonEmpty("artifacts", artifacts);
	}

	@Override
	public String subject() {
		return this.job;
	}

}
