package io.livecd.mirror.cache.application;

import io.livecd.mirror.cache.model.CacheIndex;
import io.livecd.mirror.cache.model.CachedArtifact;
import io.livecd.mirror.cache.model.KnownArtifact;
import io.livecd.mirror.cache.model.KnownArtifacts;
import io.livecd.mirror.cache.model.SyncLedger;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Takes one file out of the cache, on disk and in the index, and reports it. */
public final class Eviction {

	private static final Logger log = LoggerFactory.getLogger(Eviction.class);

	private final CacheIndex index;

	private final CacheDisk disk;

	private final Reports reports;

	private final SyncLedger ledger;

	private final KnownArtifacts known;

	public Eviction(CacheIndex index, CacheDisk disk, Reports reports, SyncLedger ledger, KnownArtifacts known) {
		this.index = index;
		this.disk = disk;
		this.reports = reports;
		this.ledger = ledger;
		this.known = known;
	}

	public void evict(CachedArtifact artifact, String reason) {
		if (!this.index.remove(artifact)) {
			return;
		}
		this.ledger.forget(artifact.key());
		try {
			this.disk.delete(artifact.key());
		}
		catch (IOException ex) {
			log.error("Could not delete {} from the cache: {}", artifact.key(), ex.getMessage());
		}
		log.info("Evicted {} ({} bytes): {}", artifact.key(), artifact.size(), reason);
		long build = (artifact.build() != 0) ? artifact.build()
				: this.known.get(artifact.key()).map(KnownArtifact::build).orElse(0L);
		this.reports.evicted(artifact.key(), build, reason);
	}

}
