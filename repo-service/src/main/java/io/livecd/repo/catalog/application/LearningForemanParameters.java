package io.livecd.repo.catalog.application;

import io.livecd.common.event.ForemanParametersUpdated;

/**
 * Keeps track of the Foreman parameters in force, which retention must respect; a value
 * that stops naming a build lets retention remove it.
 */
public class LearningForemanParameters {

	private final CatalogStore store;

	private final PruningBuilds pruning;

	public LearningForemanParameters(CatalogStore store, PruningBuilds pruning) {
		this.store = store;
		this.pruning = pruning;
	}

	public void handle(ForemanParametersUpdated updated) {
		this.store.locked(() -> {
			this.store.learn(updated);
			this.pruning.pruneAll();
			return null;
		});
	}

}
