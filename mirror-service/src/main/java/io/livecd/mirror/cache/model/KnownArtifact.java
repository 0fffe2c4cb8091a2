package io.livecd.mirror.cache.model;

import io.livecd.common.checksum.Sha256;

/**
 * A file the repository announced, with the size and checksum its manifest states.
 *
 * @param key where it lives
 * @param build the build it belongs to
 * @param size its length in bytes
 * @param sha256 its checksum, lower-case hex
 */
public record KnownArtifact(ArtifactKey key, long build, long size, String sha256) {

	public KnownArtifact {
		if (key == null || build < 1 || size < 0) {
			throw new IllegalArgumentException("a known artifact needs a key, a build number and a size");
		}
		Sha256.require(sha256);
	}

	public Expected expected() {
		return new Expected(this.size, this.sha256);
	}

}
