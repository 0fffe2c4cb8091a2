package io.livecd.mirror.cache.application;

import io.livecd.mirror.cache.model.ArtifactKey;
import io.livecd.mirror.cache.model.CachedArtifact;

/** Told about each file that became a verified part of the cache. */
@FunctionalInterface
public interface CacheListener {

	void cached(CachedArtifact artifact);

	/**
	 * Asked before a download of {@code length} bytes writes its first byte, while other
	 * downloads still have {@code pending} bytes to write: {@code false} when there is no
	 * room on the disk for it.
	 */
	default boolean room(ArtifactKey key, long length, long pending) {
		return true;
	}

}
