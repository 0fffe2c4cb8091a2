package io.livecd.mirror.cache.model;

import io.livecd.common.event.BuildPaths;
import io.livecd.common.name.Names;

/** Where a file lives in the repository layout: {@code builds/{job}/{file}}. */
public record ArtifactKey(String job, String file) {

	public ArtifactKey {
		Names.requireJob(job);
		Names.requireArtifact(file);
	}

	/**
	 * {@code builds/{job}/{file}}, the path under {@code /livecd/} and under the cache.
	 */
	public String path() {
		return BuildPaths.artifact(this.job, this.file);
	}

	@Override
	public String toString() {
		return path();
	}

}
