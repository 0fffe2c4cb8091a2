package io.livecd.common.event;

import io.livecd.common.name.Names;
import java.time.Instant;

/** A location's mirror could not fetch or verify one artifact. */
public record MirrorSyncFailed(String id, Instant time, String location, String job, long build, String file,
		String reason) implements MirrorEvent {

	public MirrorSyncFailed {
		Require.text("id", id);
		Require.present("time", time);
		Names.require("location", location);
		Names.requireJob(job);
		Require.buildNumber(build);
		Names.requireArtifact(file);
		Require.text("reason", reason);
	}

	@Override
	public String subject() {
		return this.location;
	}

}
