package io.livecd.common.event;

import io.livecd.common.checksum.Sha256;
import io.livecd.common.name.Names;

/** The immutable file an alias names: one artifact of one build, with its checksum. */
public record AliasTarget(String job, long build, String file, long size, String sha256) {

	public AliasTarget {
		Names.requireJob(job);
		Require.buildNumber(build);
		Names.requireArtifact(file);
		Require.notNegative("size", size);
		Sha256.require(sha256);
	}

	/** Where the bytes live under the repository root: {@code builds/{job}/{file}}. */
	public String path() {
		return BuildPaths.artifact(this.job, this.file);
	}

}
