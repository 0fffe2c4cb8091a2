package io.livecd.foreman.rollout.model;

import io.livecd.common.event.BuildPaths;

/**
 * One verified file of one build: what an alias points at and what a mirror reports warm.
 * Two reports are about the same file only if all four parts match.
 */
public record Artifact(String job, long build, String file, String sha256) {

	/** Its immutable path under a mirror's base URL: {@code builds/{job}/{file}}. */
	public String path() {
		return BuildPaths.artifact(this.job, this.file);
	}

}
