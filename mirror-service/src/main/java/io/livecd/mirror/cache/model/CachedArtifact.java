package io.livecd.mirror.cache.model;

import io.livecd.common.checksum.Sha256;

/**
 * A complete, verified file in the cache.
 *
 * @param key where it lives
 * @param size its length in bytes
 * @param sha256 the checksum of its bytes, which is also its entity tag
 * @param build the build it belongs to, or 0 when no event named it
 */
public record CachedArtifact(ArtifactKey key, long size, String sha256, long build) {

	public CachedArtifact {
		if (key == null || size < 0 || build < 0) {
			throw new IllegalArgumentException("a cached artifact needs a key, a size and a build (0 = unknown)");
		}
		Sha256.require(sha256);
	}

	public boolean matches(String sha256) {
		return this.sha256.equals(sha256);
	}

}
