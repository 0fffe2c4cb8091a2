package io.livecd.build.publish.application;

import java.io.InputStream;

/**
 * An artifact upload as it came in.
 *
 * @param job the CI job
 * @param build the build number
 * @param name the artifact's file name
 * @param content the request body, read once, to its end
 * @param declaredSize the size the client announced, or -1
 * @param declaredSha256 the sha256 the client announced, or {@code null}
 */
public record UploadArtifact(String job, String build, String name, InputStream content, long declaredSize,
		String declaredSha256) {

}
