package io.livecd.mirror.cache.application;

import io.livecd.mirror.cache.model.CachedArtifact;

/** How a fill ended. */
public sealed interface FillOutcome {

	record Cached(CachedArtifact artifact) implements FillOutcome {
	}

	record Failed(String reason, boolean missing) implements FillOutcome {
	}

}
