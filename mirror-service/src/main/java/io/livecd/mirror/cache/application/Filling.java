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
import java.util.concurrent.RejectedExecutionException;
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
	 * The fill of a file, opened on this thread if none is running (a failed one that is
	 * still winding down does not count); empty when the file is cached. Call
	 * {@link Fill#start()} once ready to read, at the latest.
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

	/**
	 * Opens the download on this thread; its body is copied on a fill thread once a
	 * reader {@linkplain Fill#start() starts} it.
	 */
	private void start(Fill fill) {
		Download download = null;
		Path temp = null;
		try {
			if (this.closed) {
				throw new IOException("mirror shutting down");
			}
			temp = this.disk.newTemp();
			download = new Download(fill, this.known.expected(fill.key()), this.upstream, temp);
			if (download.open((length) -> hasRoom(fill, length))) {
				Download opened = download;
				Path file = temp;
				fill.ready(() -> submit(fill, opened, file));
				return;
			}
			log.warn("Fill of {} failed: {}", fill.key(), fill.outcome().getNow(null));
		}
		catch (IOException | RuntimeException ex) {
			finish(fill, ex);
		}
		discard(fill, download, temp);
	}

	/**
	 * Whether the disk can take the download, next to what the other running ones still
	 * write.
	 */
	private boolean hasRoom(Fill fill, long length) {
		long pending = this.running.values().stream().filter((other) -> other != fill).mapToLong(Fill::pending).sum();
		return this.listener.room(fill.key(), length, pending);
	}

	private void submit(Fill fill, Download download, Path temp) {
		try {
			this.executor.execute(() -> copy(fill, download, temp));
		}
		catch (RejectedExecutionException ex) {
			finish(fill, "mirror shutting down");
			discard(fill, download, temp);
		}
	}

	private void copy(Fill fill, Download download, Path temp) {
		ArtifactKey key = fill.key();
		try (download) {
			Optional<Download.Verified> verified = download.copy();
			if (verified.isEmpty()) {
				log.warn("Fill of {} failed: {}", key, fill.outcome().getNow(null));
				return;
			}
			long build = this.known.get(key).map(KnownArtifact::build).orElse(0L);
			CachedArtifact artifact = new CachedArtifact(key, verified.get().size(), verified.get().sha256(), build);
			download.close();
			fill.moveInto(this.disk.file(key), () -> this.disk.commit(temp, artifact));
			this.index.add(artifact);
			fill.succeeded(artifact);
			this.listener.cached(artifact);
		}
		catch (IOException | RuntimeException ex) {
			finish(fill, ex);
		}
		finally {
			deleteQuietly(temp);
			this.running.remove(key, fill);
		}
	}

	private void discard(Fill fill, Download download, Path temp) {
		if (download != null) {
			try {
				download.close();
			}
			catch (IOException ex) {
				log.debug("Closing a failed download: {}", ex.getMessage());
			}
		}
		if (temp != null) {
			deleteQuietly(temp);
		}
		this.running.remove(fill.key(), fill);
	}

	private static void deleteQuietly(Path temp) {
		try {
			Files.deleteIfExists(temp);
		}
		catch (IOException ex) {
			log.warn("Could not delete {}: {}", temp, ex.getMessage());
		}
	}

	private void finish(Fill fill, Exception ex) {
		finish(fill, ex.getClass().getSimpleName() + ": " + ex.getMessage());
	}

	private void finish(Fill fill, String reason) {
		log.warn("Fill of {} failed: {}", fill.key(), reason);
		fill.failed(reason, false);
	}

}
