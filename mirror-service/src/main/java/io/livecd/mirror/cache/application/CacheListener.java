package io.livecd.mirror.cache.application;

import io.livecd.mirror.cache.model.CachedArtifact;

/** Told about each file that became a verified part of the cache. */
@FunctionalInterface
public interface CacheListener {

	void cached(CachedArtifact artifact);

}
