package io.livecd.mirror.alias.application;

import io.livecd.common.event.AliasTarget;
import io.livecd.mirror.alias.model.AliasState;
import io.livecd.mirror.alias.model.AliasTable;
import io.livecd.mirror.cache.application.CacheListener;
import io.livecd.mirror.cache.application.EvictionGuard;
import io.livecd.mirror.cache.application.PrewarmingCache;
import io.livecd.mirror.cache.model.ArtifactKey;
import io.livecd.mirror.cache.model.CacheIndex;
import io.livecd.mirror.cache.model.CachedArtifact;
import io.livecd.mirror.cache.model.KnownArtifact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the repository's alias moves: pre-warms each alias's latest target (which
 * reports it synced, also when it already was warm) and moves the alias here once the
 * target's verified bytes are in the cache. Alias targets are never evicted for space.
 */
public final class MovingAlias implements CacheListener, EvictionGuard {

	private static final Logger log = LoggerFactory.getLogger(MovingAlias.class);

	private final AliasTable table;

	private final CacheIndex index;

	private final PrewarmingCache prewarming;

	public MovingAlias(AliasTable table, CacheIndex index, PrewarmingCache prewarming) {
		this.table = table;
		this.index = index;
		this.prewarming = prewarming;
	}

	public void move(MoveAlias command) {
		this.table.offer(command.alias(), command.target(), command.time());
		AliasTarget target = this.table.get(command.alias()).map(AliasState::target).orElseThrow();
		ArtifactKey key = new ArtifactKey(target.job(), target.file());
		this.index.peek(key).filter((cached) -> cached.matches(target.sha256())).ifPresent(this::cached);
		this.prewarming.prewarm(new KnownArtifact(key, target.build(), target.size(), target.sha256()));
	}

	@Override
	public void cached(CachedArtifact artifact) {
		for (String alias : this.table.warmed(artifact.key().job(), artifact.key().file(), artifact.sha256())) {
			log.info("Alias {} now serves {}", alias, artifact.key());
		}
	}

	@Override
	public boolean protects(ArtifactKey key) {
		return this.table.names(key.job(), key.file());
	}

}
