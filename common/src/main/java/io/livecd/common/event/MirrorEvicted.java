package io.livecd.common.event;

import io.livecd.common.name.Names;
import java.time.Instant;

/** A location's mirror removed one artifact from its cache. */
public record MirrorEvicted(String id, Instant time, String location, String job, long build, String file,
		String reason) implements MirrorEvent {

	public MirrorEvicted {
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
