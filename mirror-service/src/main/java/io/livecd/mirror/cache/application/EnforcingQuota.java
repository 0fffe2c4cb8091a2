package io.livecd.mirror.cache.application;

import io.livecd.mirror.cache.model.CacheIndex;
import io.livecd.mirror.cache.model.CachedArtifact;

/**
 * Keeps the cache within its disk quota: after each new file, evicts the least recently
 * used files that no alias names, never the file that just arrived.
 */
public final class EnforcingQuota implements CacheListener {

	private final CacheIndex index;

	private final long quota;

	private final EvictionGuard guard;

	private final Eviction eviction;

	public EnforcingQuota(CacheIndex index, long quota, EvictionGuard guard, Eviction eviction) {
		this.index = index;
		this.quota = quota;
		this.guard = guard;
		this.eviction = eviction;
	}

	@Override
	public void cached(CachedArtifact artifact) {
		for (CachedArtifact victim : this.index.victims(this.quota,
				(key) -> key.equals(artifact.key()) || this.guard.protects(key))) {
			this.eviction.evict(victim, "over quota");
		}
	}

}
