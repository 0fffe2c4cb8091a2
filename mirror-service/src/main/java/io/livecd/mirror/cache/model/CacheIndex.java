package io.livecd.mirror.cache.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/** The files the cache holds, their total size, and how recently each was used. */
public final class CacheIndex {

	private final Map<ArtifactKey, Entry> entries = new ConcurrentHashMap<>();

	private final AtomicLong bytes = new AtomicLong();

	private final AtomicLong clock = new AtomicLong();

	/** The cached file of a key, counting as a use of it. */
	public Optional<CachedArtifact> use(ArtifactKey key) {
		Entry entry = this.entries.get(key);
		if (entry == null) {
			return Optional.empty();
		}
		entry.lastUse = this.clock.incrementAndGet();
		return Optional.of(entry.artifact);
	}

	/** The cached file of a key, without counting as a use. */
	public Optional<CachedArtifact> peek(ArtifactKey key) {
		Entry entry = this.entries.get(key);
		return (entry != null) ? Optional.of(entry.artifact) : Optional.empty();
	}

	public boolean contains(ArtifactKey key) {
		return this.entries.containsKey(key);
	}

	public void add(CachedArtifact artifact) {
		Entry previous = this.entries.put(artifact.key(), new Entry(artifact, this.clock.incrementAndGet()));
		this.bytes.addAndGet(artifact.size() - ((previous != null) ? previous.artifact.size() : 0));
	}

	/** Removes exactly this file; {@code false} when the index holds another or none. */
	public boolean remove(CachedArtifact artifact) {
		boolean[] removed = new boolean[1];
		this.entries.computeIfPresent(artifact.key(), (key, entry) -> {
			removed[0] = entry.artifact.equals(artifact);
			return removed[0] ? null : entry;
		});
		if (removed[0]) {
			this.bytes.addAndGet(-artifact.size());
		}
		return removed[0];
	}

	public long bytes() {
		return this.bytes.get();
	}

	public int files() {
		return this.entries.size();
	}

	public List<CachedArtifact> all() {
		return this.entries.values().stream().map((entry) -> entry.artifact).toList();
	}

	/**
	 * The least recently used files to remove so the cache fits in {@code quota},
	 * skipping those {@code keep} protects; fewer when the protected ones alone exceed
	 * it.
	 */
	public List<CachedArtifact> victims(long quota, Predicate<ArtifactKey> keep) {
		long excess = bytes() - quota;
		List<CachedArtifact> victims = new ArrayList<>();
		if (excess <= 0) {
			return victims;
		}
		List<Entry> byAge = new ArrayList<>(this.entries.values());
		byAge.sort(Comparator.comparingLong((Entry entry) -> entry.lastUse));
		for (Entry entry : byAge) {
			if (excess <= 0) {
				break;
			}
			if (!keep.test(entry.artifact.key())) {
				victims.add(entry.artifact);
				excess -= entry.artifact.size();
			}
		}
		return victims;
	}

	private static final class Entry {

		private final CachedArtifact artifact;

		private volatile long lastUse;

		Entry(CachedArtifact artifact, long lastUse) {
			this.artifact = artifact;
			this.lastUse = lastUse;
		}

	}

}
