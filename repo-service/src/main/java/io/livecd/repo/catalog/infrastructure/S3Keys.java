package io.livecd.repo.catalog.infrastructure;

import io.livecd.common.event.BuildPaths;
import io.livecd.common.name.Names;
import io.livecd.repo.catalog.model.BuildRef;
import java.util.Optional;

/**
 * Where repo-service finds and keeps things in its bucket.
 *
 * <pre>
 * staging/{job}/{build}/artifacts/{file}   an artifact as build-service staged it (read only)
 * builds/{job}/{file}            the immutable, verified file
 * manifests/{job}/{build}.json   the manifest of a published build
 * </pre>
 */
final class S3Keys {

	static final String MANIFESTS = "manifests/";

	private static final String JSON = ".json";

	private S3Keys() {
	}

	static String staged(String job, long build, String file) {
		return BuildPaths.staged(job, build, file);
	}

	static String published(String job, String file) {
		return BuildPaths.artifact(job, file);
	}

	static String manifest(BuildRef build) {
		return MANIFESTS + build.job() + "/" + build.build() + JSON;
	}

	/** The build a key under {@code manifests/} describes. */
	static Optional<BuildRef> manifestBuild(String key) {
		if (!key.startsWith(MANIFESTS) || !key.endsWith(JSON)) {
			return Optional.empty();
		}
		String[] parts = key.substring(MANIFESTS.length(), key.length() - JSON.length()).split("/", -1);
		if (parts.length != 2 || Names.problem("job", parts[0]).isPresent() || !parts[1].matches("[1-9][0-9]{0,17}")) {
			return Optional.empty();
		}
		return Optional.of(new BuildRef(parts[0], Long.parseLong(parts[1])));
	}

}
