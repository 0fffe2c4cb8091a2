package io.livecd.repo.catalog.model;

import io.livecd.common.name.Names;

/** One build of one job. */
public record BuildRef(String job, long build) {

	public BuildRef {
		Names.requireJob(job);
		if (build < 1) {
			throw new IllegalArgumentException("build must be a positive build number");
		}
	}

	@Override
	public String toString() {
		return this.job + "#" + this.build;
	}

}
