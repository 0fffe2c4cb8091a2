package io.livecd.mirror.events;

import io.livecd.common.event.AliasUpdated;
import io.livecd.common.event.Artifact;
import io.livecd.common.event.ArtifactsPublished;
import io.livecd.common.event.BuildPruned;
import io.livecd.common.event.LivecdEvent;
import io.livecd.mirror.alias.application.MoveAlias;
import io.livecd.mirror.alias.application.MovingAlias;
import io.livecd.mirror.cache.application.PrewarmingCache;
import io.livecd.mirror.cache.application.PruneBuild;
import io.livecd.mirror.cache.application.PruningBuild;
import io.livecd.mirror.cache.model.ArtifactKey;
import io.livecd.mirror.cache.model.KnownArtifact;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns the repository's events into the mirror's use cases, dropping event ids already
 * seen (an alias move arrives on both topics, and again in the start-up replay).
 */
final class RepoEvents {

	private static final int REMEMBERED_IDS = 10_000;

	private final Map<String, Boolean> seen = new LinkedHashMap<>(16, 0.75f, false) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
			return size() > REMEMBERED_IDS;
		}

	};

	private final PrewarmingCache prewarming;

	private final MovingAlias movingAlias;

	private final PruningBuild pruning;

	RepoEvents(PrewarmingCache prewarming, MovingAlias movingAlias, PruningBuild pruning) {
		this.prewarming = prewarming;
		this.movingAlias = movingAlias;
		this.pruning = pruning;
	}

	/**
	 * Handles an event once. Its id counts as seen only after it was handled: one that
	 * failed is handled again when the listener's error handler delivers it again.
	 */
	void handle(LivecdEvent event) {
		if (seen(event.id())) {
			return;
		}
		if (event instanceof ArtifactsPublished published) {
			for (Artifact artifact : published.artifacts()) {
				this.prewarming.prewarm(new KnownArtifact(new ArtifactKey(published.job(), artifact.name()),
						published.build(), artifact.size(), artifact.sha256()));
			}
		}
		else if (event instanceof AliasUpdated updated) {
			this.movingAlias.move(new MoveAlias(updated.alias(), updated.target(), updated.time()));
		}
		else if (event instanceof BuildPruned pruned) {
			this.pruning.prune(new PruneBuild(pruned.job(), pruned.build(), pruned.files()));
		}
		remember(event.id());
	}

	private synchronized boolean seen(String id) {
		return this.seen.containsKey(id);
	}

	private synchronized void remember(String id) {
		this.seen.put(id, Boolean.TRUE);
	}

}
