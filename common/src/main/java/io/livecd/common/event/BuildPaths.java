package io.livecd.common.event;

import io.livecd.common.name.Names;

/**
 * The object layout shared by build-service, S3, the central repository and every mirror.
 */
public final class BuildPaths {

	public static final String BUILDS = "builds";

	public static final String STAGING = "staging";

	private BuildPaths() {
	}

	/** {@code builds/{job}/{file}}, both names validated. */
	public static String artifact(String job, String file) {
		return BUILDS + "/" + Names.requireJob(job) + "/" + Names.requireArtifact(file);
	}

	/**
	 * Where build-service stages an artifact before the repository verifies and promotes
	 * it: {@code staging/{job}/{build}/artifacts/{file}}.
	 */
	public static String staged(String job, long build, String file) {
		Require.buildNumber(build);
		return STAGING + "/" + Names.requireJob(job) + "/" + build + "/artifacts/" + Names.requireArtifact(file);
	}

}
