package io.livecd.mirror.cache.application;

import io.livecd.mirror.cache.model.ArtifactKey;
import io.livecd.mirror.cache.model.CachedArtifact;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everyone who wants to hear about new cache files. Listeners join after construction,
 * because some of them (alias moves) depend on the fills that notify them.
 */
public final class CacheListeners implements CacheListener {

	private static final Logger log = LoggerFactory.getLogger(CacheListeners.class);

	private final List<CacheListener> listeners = new CopyOnWriteArrayList<>();

	public void add(CacheListener listener) {
		this.listeners.add(listener);
	}

	@Override
	public void cached(CachedArtifact artifact) {
		for (CacheListener listener : this.listeners) {
			try {
				listener.cached(artifact);
			}
			catch (RuntimeException ex) {
				log.error("Cache listener failed for {}", artifact.key(), ex);
			}
		}
	}

	/** Room only when every listener has it. */
	@Override
	public boolean room(ArtifactKey key, long length, long pending) {
		for (CacheListener listener : this.listeners) {
			if (!listener.room(key, length, pending)) {
				return false;
			}
		}
		return true;
	}

}
