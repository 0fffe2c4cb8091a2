package io.livecd.common.event;

import io.livecd.common.checksum.Sha256;
import io.livecd.common.name.Names;
import java.time.Instant;

/** A location's mirror holds a verified copy of one artifact. */
public record MirrorSynced(String id, Instant time, String location, String job, long build, String file, String sha256,
		long bytes, double seconds) implements MirrorEvent {

	public MirrorSynced {
		Require.text("id", id);
		Require.present("time", time);
		Names.require("location", location);
		Names.requireJob(job);
		Require.buildNumber(build);
		Names.requireArtifact(file);
		Sha256.require(sha256);
		Require.notNegative("bytes", bytes);
	}

	@Override
	public String subject() {
		return this.location;
	}

}
