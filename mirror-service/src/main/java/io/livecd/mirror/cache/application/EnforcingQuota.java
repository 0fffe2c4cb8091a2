package io.livecd.mirror.cache.application;

import io.livecd.mirror.cache.model.ArtifactKey;
import io.livecd.mirror.cache.model.CacheIndex;
import io.livecd.mirror.cache.model.CachedArtifact;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the cache within its quota and its disk from filling up: after each new file,
 * evicts the least recently used files that no alias names (never the file that just
 * arrived) until the cache fits its quota and {@code reserve} bytes stay free on the
 * disk; before a download of known length, evicts them until it fits, or refuses the
 * download when even that would not make room.
 */
public final class EnforcingQuota implements CacheListener {

	private static final Logger log = LoggerFactory.getLogger(EnforcingQuota.class);

	private final CacheIndex index;

	private final long quota;

	private final DiskSpace disk;

	private final long reserve;

	private final EvictionGuard guard;

	private final Eviction eviction;

	public EnforcingQuota(CacheIndex index, long quota, DiskSpace disk, long reserve, EvictionGuard guard,
			Eviction eviction) {
		this.index = index;
		this.quota = quota;
		this.disk = disk;
		this.reserve = reserve;
		this.guard = guard;
		this.eviction = eviction;
	}

	@Override
	public void cached(CachedArtifact artifact) {
		long free = free();
		long limit = Math.min(this.quota, this.index.bytes() + free - this.reserve);
		String reason = (limit < this.quota) ? "disk nearly full" : "over quota";
		for (CachedArtifact victim : this.index.victims(limit,
				(key) -> key.equals(artifact.key()) || this.guard.protects(key))) {
			this.eviction.evict(victim, reason);
		}
	}

	@Override
	public synchronized boolean room(ArtifactKey key, long length, long pending) {
		long missing = length + pending + this.reserve - free();
		if (missing <= 0) {
			return true;
		}
		List<CachedArtifact> victims = this.index.victims(this.index.bytes() - missing, this.guard::protects);
		if (victims.stream().mapToLong(CachedArtifact::size).sum() < missing) {
			log.warn("No room on the cache's disk for {} ({} bytes): {} more would have to be free", key, length,
					missing);
			return false;
		}
		victims.forEach((victim) -> this.eviction.evict(victim, "making room for " + key.path()));
		return true;
	}

	/** Free bytes on the disk; without an answer, as if nothing constrained the cache. */
	private long free() {
		try {
			return this.disk.usable();
		}
		catch (IOException ex) {
			log.warn("Cannot tell the free space of the cache's disk: {}", ex.getMessage());
			return Long.MAX_VALUE / 4;
		}
	}

}
