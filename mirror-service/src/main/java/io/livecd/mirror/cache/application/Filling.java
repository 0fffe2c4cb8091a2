package io.livecd.mirror.cache.application;

import io.livecd.mirror.cache.model.ArtifactKey;
import io.livecd.mirror.cache.model.CacheIndex;
import io.livecd.mirror.cache.model.CachedArtifact;
import io.livecd.mirror.cache.model.KnownArtifact;
import io.livecd.mirror.cache.model.KnownArtifacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Single-flight pull-through: at most one download per file, however many clients and
 * pre-warm tasks ask for it at once; they all join the same {@link Fill}.
 */
public final class Filling implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Filling.class);

	private final Map<ArtifactKey, Fill> running = new ConcurrentHashMap<>();

	private final CacheIndex index;

	private final KnownArtifacts known;

	private final CacheDisk disk;

	private final Upstream upstream;

	private final ExecutorService executor;

	private final CacheListener listener;

	private volatile boolean closed;

	public Filling(CacheIndex index, KnownArtifacts known, CacheDisk disk, Upstream upstream, ExecutorService executor,
			CacheListener listener) {
		this.index = index;
		this.known = known;
		this.disk = disk;
		this.upstream = upstream;
		this.executor = executor;
		this.listener = listener;
	}

	/**
	 * The fill of a file, started if none is running (a failed one that is still winding
	 * down does not count); empty when the file is cached.
	 */
	public Optional<Fill> join(ArtifactKey key) {
		Fill[] started = new Fill[1];
		Fill fill = this.running.compute(key, (k, existing) -> {
			if ((existing != null && !existing.hasFailed()) || (existing == null && this.index.contains(k))) {
				return existing;
			}
			started[0] = new Fill(k);
			return started[0];
		});
		if (started[0] != null) {
			start(started[0]);
		}
		return Optional.ofNullable(fill);
	}

	/** Stops the download of a file, if one is running; its readers fail. */
	public void cancel(ArtifactKey key, String reason) {
		Fill fill = this.running.get(key);
		if (fill != null) {
			fill.cancel(reason);
		}
	}

	public int running() {
		return this.running.size();
	}

	@Override
	public void close() {
		this.closed = true;
		this.running.values().forEach((fill) -> fill.cancel("mirror shutting down"));
		this.executor.shutdownNow();
	}

	private void start(Fill fill) {
		if (this.closed) {
			finish(fill, "mirror shutting down");
			return;
		}
		this.executor.execute(() -> {
			try {
				download(fill);
			}
			catch (IOException | RuntimeException ex) {
				finish(fill, ex.getClass().getSimpleName() + ": " + ex.getMessage());
			}
			finally {
				this.running.remove(fill.key(), fill);
			}
		});
	}

	private void download(Fill fill) throws IOException {
		ArtifactKey key = fill.key();
		Path temp = this.disk.newTemp();
		try {
			Optional<Download.Verified> verified = new Download(fill, this.known.expected(key), this.upstream, temp)
				.run();
			if (verified.isEmpty()) {
				log.warn("Fill of {} failed: {}", key, fill.outcome().getNow(null));
				return;
			}
			long build = this.known.get(key).map(KnownArtifact::build).orElse(0L);
			CachedArtifact artifact = new CachedArtifact(key, verified.get().size(), verified.get().sha256(), build);
			fill.moveInto(this.disk.file(key), () -> this.disk.commit(temp, artifact));
			this.index.add(artifact);
			fill.succeeded(artifact);
			this.listener.cached(artifact);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	private void finish(Fill fill, String reason) {
		log.warn("Fill of {} failed: {}", fill.key(), reason);
		fill.failed(reason, false);
	}

}
