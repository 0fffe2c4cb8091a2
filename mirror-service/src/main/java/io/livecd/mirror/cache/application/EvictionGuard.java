package io.livecd.mirror.cache.application;

import io.livecd.mirror.cache.model.ArtifactKey;

/** Says which files the quota must never evict (alias targets). */
@FunctionalInterface
public interface EvictionGuard {

	boolean protects(ArtifactKey key);

}
