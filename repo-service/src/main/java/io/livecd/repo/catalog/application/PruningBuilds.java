package io.livecd.repo.catalog.application;

import io.livecd.common.event.BuildPruned;
import io.livecd.repo.catalog.model.EventIds;
import io.livecd.repo.catalog.model.Prune;
import io.livecd.repo.catalog.model.RetentionPolicy;
import java.time.Clock;
import java.util.List;

/**
 * Applies the retention policy. Per build: delete its unshared objects, log
 * {@code build.pruned}, then delete its manifest; a crash in between leaves a state the
 * next run finishes (deletes are idempotent, a leftover manifest of a pruned build is
 * removed on restore).
 */
public class PruningBuilds {

	private final CatalogStore store;

	private final Artifacts artifacts;

	private final Manifests manifests;

	private final RetentionPolicy policy;

	private final Clock clock;

	public PruningBuilds(CatalogStore store, Artifacts artifacts, Manifests manifests, RetentionPolicy policy,
			Clock clock) {
		this.store = store;
		this.artifacts = artifacts;
		this.manifests = manifests;
		this.policy = policy;
		this.clock = clock;
	}

	/** Prunes every job; call under the store's lock. */
	void pruneAll() {
		List.copyOf(this.store.current().builds().keySet()).forEach(this::prune);
	}

	/** Prunes one job; call under the store's lock. */
	void prune(String job) {
		for (Prune prune : this.policy.prunable(this.store.current(), job)) {
			prune.objectsToDelete().forEach((file) -> this.artifacts.delete(job, file));
			this.store.record(new BuildPruned(EventIds.of("build.pruned", prune.build().ref()), this.clock.instant(),
					job, prune.build().build(), prune.build().files()));
			this.manifests.delete(prune.build().ref());
		}
	}

}
