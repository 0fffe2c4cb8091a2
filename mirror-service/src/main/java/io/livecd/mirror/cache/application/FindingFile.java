package io.livecd.mirror.cache.application;

import io.livecd.mirror.cache.model.ArtifactKey;
import io.livecd.mirror.cache.model.CacheIndex;
import io.livecd.mirror.cache.model.CachedArtifact;
import java.util.Optional;

/**
 * Serving: the cached file, or the one download every client of a missing file shares.
 */
public final class FindingFile {

	private final CacheIndex index;

	private final CacheDisk disk;

	private final Filling filling;

	public FindingFile(CacheIndex index, CacheDisk disk, Filling filling) {
		this.index = index;
		this.disk = disk;
		this.filling = filling;
	}

	public Lookup find(ArtifactKey key) {
		while (true) {
			Optional<CachedArtifact> hit = this.index.use(key);
			if (hit.isPresent()) {
				return new Lookup.Hit(hit.get(), this.disk.file(key));
			}
			Optional<Fill> fill = this.filling.join(key);
			if (fill.isPresent()) {
				return new Lookup.Miss(fill.get());
			}
		}
	}

}
