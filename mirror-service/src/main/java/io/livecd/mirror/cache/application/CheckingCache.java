package io.livecd.mirror.cache.application;

import io.livecd.mirror.cache.model.CacheIndex;
import io.livecd.mirror.cache.model.CachedArtifact;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up: takes over what a previous run left on disk. Sizes are checked at once,
 * checksums afterwards in the background.
 */
public final class CheckingCache {

	private static final Logger log = LoggerFactory.getLogger(CheckingCache.class);

	private final CacheDisk disk;

	private final CacheIndex index;

	private final Eviction eviction;

	public CheckingCache(CacheDisk disk, CacheIndex index, Eviction eviction) {
		this.disk = disk;
		this.index = index;
		this.eviction = eviction;
	}

	/** Drops partial downloads and files of the wrong size; indexes the rest. */
	public void checkSizes() throws IOException {
		for (CachedArtifact artifact : this.disk.scan()) {
			this.index.add(artifact);
		}
		log.info("Cache holds {} files, {} bytes", this.index.files(), this.index.bytes());
	}

	/** Re-hashes every indexed file and evicts those whose bytes changed. */
	public void verifyChecksums() {
		int checked = 0;
		for (CachedArtifact artifact : this.index.all()) {
			if (Thread.currentThread().isInterrupted()) {
				return;
			}
			try {
				String actual = this.disk.hash(artifact.key());
				checked++;
				if (!artifact.matches(actual)) {
					this.eviction.evict(artifact, "corrupt on disk: sha256 " + actual);
				}
			}
			catch (IOException ex) {
				log.debug("Skipping {}: {}", artifact.key(), ex.getMessage());
			}
		}
		log.info("Verified the checksums of {} cached files", checked);
	}

}
