package io.livecd.mirror.cache.application;

import io.livecd.mirror.cache.model.ArtifactKey;
import io.livecd.mirror.cache.model.CacheIndex;
import io.livecd.mirror.cache.model.CachedArtifact;
import io.livecd.mirror.cache.model.KnownArtifacts;
import java.util.Optional;

/**
 * Removes a build the repository pruned: pending pre-warms, running fills, cached files.
 */
public final class PruningBuild {

	private final KnownArtifacts known;

	private final CacheIndex index;

	private final PrewarmingCache prewarming;

	private final Filling filling;

	private final Eviction eviction;

	public PruningBuild(KnownArtifacts known, CacheIndex index, PrewarmingCache prewarming, Filling filling,
			Eviction eviction) {
		this.known = known;
		this.index = index;
		this.prewarming = prewarming;
		this.filling = filling;
		this.eviction = eviction;
	}

	public void prune(PruneBuild command) {
		for (String file : command.files()) {
			ArtifactKey key = new ArtifactKey(command.job(), file);
			this.prewarming.cancel(key);
			this.filling.cancel(key, "build pruned");
			Optional<CachedArtifact> cached = this.index.peek(key);
			if (cached.isPresent() && (cached.get().build() == 0 || cached.get().build() == command.build())) {
				this.eviction.evict(cached.get(), "build pruned");
			}
			this.known.forget(key);
		}
	}

}
