package io.livecd.common.event;

import io.livecd.common.checksum.Sha256;
import io.livecd.common.name.Names;

/** One file of a build as its manifest states it. */
public record Artifact(String name, long size, String sha256) {

	public Artifact {
		Names.requireArtifact(name);
		Require.notNegative("size", size);
		Sha256.require(sha256);
	}

}
