package io.livecd.build.publish.infrastructure;

import io.livecd.build.publish.model.BuildId;
import io.livecd.common.event.BuildPaths;
import io.livecd.common.name.Names;
import java.util.Optional;

/**
 * Where build-service keeps things in its bucket.
 *
 * <pre>
 * staging/{job}/{build}/build.json             metadata of an open build
 * staging/{job}/{build}/artifacts/{file}       an artifact's bytes
 * staging/{job}/{build}/checksums/{file}.json  its size, sha256 and the ETag they belong to
 * published/{job}/{build}.json                 the build.completed event: the build is published
 * outbox/{job}/{build}.json                    the same event while it may not be in the log yet
 * </pre>
 */
final class StagingKeys {

	static final String STAGING = "staging/";

	static final String PUBLISHED = "published/";

	static final String OUTBOX = "outbox/";

	private static final String ARTIFACTS = "artifacts/";

	private static final String CHECKSUMS = "checksums/";

	private static final String JSON = ".json";

	private StagingKeys() {
	}

	static String build(BuildId id) {
		return STAGING + id.job() + "/" + id.number() + "/";
	}

	static String metadata(BuildId id) {
		return build(id) + "build.json";
	}

	/** The contract's staging key, where repo-service reads the artifact back. */
	static String artifact(BuildId id, String name) {
		return BuildPaths.staged(id.job(), id.number(), name);
	}

	static String checksum(BuildId id, String name) {
		return build(id) + CHECKSUMS + Names.requireArtifact(name) + JSON;
	}

	static String published(BuildId id) {
		return PUBLISHED + id.job() + "/" + id.number() + JSON;
	}

	static String outbox(BuildId id) {
		return OUTBOX + id.job() + "/" + id.number() + JSON;
	}

	/** The artifact a key under {@code staging/{job}/{build}/artifacts/} holds. */
	static Optional<String> artifactName(BuildId id, String key) {
		return nameUnder(key, build(id) + ARTIFACTS, "");
	}

	/**
	 * The artifact a checksum record under {@code staging/{job}/{build}/checksums/} is
	 * for.
	 */
	static Optional<String> checksumName(BuildId id, String key) {
		return nameUnder(key, build(id) + CHECKSUMS, JSON);
	}

	/** The build a key under {@code staging/} belongs to. */
	static Optional<BuildId> stagedBuild(String key) {
		if (!key.startsWith(STAGING)) {
			return Optional.empty();
		}
		String[] parts = key.substring(STAGING.length()).split("/", 3);
		if (parts.length < 3 || Names.problem("job", parts[0]).isPresent() || !parts[1].matches("[1-9][0-9]{0,17}")) {
			return Optional.empty();
		}
		return Optional.of(new BuildId(parts[0], Long.parseLong(parts[1])));
	}

	private static Optional<String> nameUnder(String key, String prefix, String suffix) {
		if (!key.startsWith(prefix) || !key.endsWith(suffix)) {
			return Optional.empty();
		}
		String name = key.substring(prefix.length(), key.length() - suffix.length());
		return Names.problem("artifact", name).isPresent() ? Optional.empty() : Optional.of(name);
	}

}
