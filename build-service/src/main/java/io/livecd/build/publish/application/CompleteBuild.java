package io.livecd.build.publish.application;

import io.livecd.build.publish.model.ManifestEntry;
import java.util.List;

/**
 * A request to publish a build with its manifest, fields as they came in.
 *
 * @param job the CI job
 * @param build the build number
 * @param manifest every artifact with its size and sha256
 */
public record CompleteBuild(String job, String build, List<ManifestEntry> manifest) {

}
