package io.livecd.mirror.cache.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which files this process already reported as synced, so replays and duplicate events do
 * not report them again until they leave the cache.
 */
public final class SyncLedger {

	private final Map<ArtifactKey, KnownArtifact> reported = new ConcurrentHashMap<>();

	/** Records a report; {@code false} when this very file was already reported. */
	public boolean record(KnownArtifact artifact) {
		return !artifact.equals(this.reported.put(artifact.key(), artifact));
	}

	public void forget(ArtifactKey key) {
		this.reported.remove(key);
	}

}
