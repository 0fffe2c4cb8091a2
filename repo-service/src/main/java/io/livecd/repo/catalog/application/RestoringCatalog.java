package io.livecd.repo.catalog.application;

import io.livecd.repo.catalog.model.Catalog;
import io.livecd.repo.catalog.model.Manifest;
import java.util.List;

/**
 * Rebuilds the catalog at start-up, before any event or request is taken: the log from
 * its start (aliases, pins, history, what was published, pruned or rejected, Foreman
 * parameters) folded by the one pure fold, then the manifests in the store for the
 * builds. Manifests of builds the log says were pruned are removed, and retention runs
 * once, so an interrupted prune is finished.
 */
public class RestoringCatalog {

	private final CatalogStore store;

	private final EventLog log;

	private final Manifests manifests;

	private final PruningBuilds pruning;

	public RestoringCatalog(CatalogStore store, EventLog log, Manifests manifests, PruningBuilds pruning) {
		this.store = store;
		this.log = log;
		this.manifests = manifests;
		this.pruning = pruning;
	}

	public Catalog restore() {
		return this.store.locked(() -> {
			Catalog fromLog = Catalog.replay(this.log.history());
			List<Manifest> stored = this.manifests.all();
			stored.stream()
				.filter((m) -> fromLog.pruned().contains(m.ref()))
				.forEach((m) -> this.manifests.delete(m.ref()));
			this.store.replace(fromLog.withManifests(stored));
			this.pruning.pruneAll();
			return this.store.current();
		});
	}

}
