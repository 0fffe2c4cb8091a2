package io.livecd.mirror.cache.application;

import io.livecd.mirror.cache.model.ArtifactKey;
import io.livecd.mirror.cache.model.KnownArtifact;

/** What the mirror tells the rest of the system about its cache. */
public interface Reports {

	/** A verified copy of an announced file is in the cache. */
	void synced(KnownArtifact artifact, double seconds);

	/** An announced file could not be fetched or verified, after all retries. */
	void syncFailed(KnownArtifact artifact, String reason);

	/** A file left the cache; {@code build} is 0 when no event named the file. */
	void evicted(ArtifactKey key, long build, String reason);

}
