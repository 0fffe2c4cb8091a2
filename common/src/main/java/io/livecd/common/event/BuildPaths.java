package io.livecd.common.event;

import io.livecd.common.name.Names;

/** The immutable layout shared by S3, the central repository and every mirror. */
public final class BuildPaths {

	public static final String BUILDS = "builds";

	private BuildPaths() {
	}

	/** {@code builds/{job}/{file}}, both names validated. */
	public static String artifact(String job, String file) {
		return BUILDS + "/" + Names.requireJob(job) + "/" + Names.requireArtifact(file);
	}

}
