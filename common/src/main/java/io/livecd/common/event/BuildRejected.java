package io.livecd.common.event;

import io.livecd.common.name.Names;
import java.time.Instant;

/** A build failed verification; no alias moved. */
public record BuildRejected(String id, Instant time, String job, long build, String reason) implements RepoEvent {

	public BuildRejected {
		Require.text("id", id);
		Require.present("time", time);
		Names.requireJob(job);
		Require.buildNumber(build);
		Require.text("reason", reason);
	}

	@Override
	public String subject() {
		return this.job;
	}

}
