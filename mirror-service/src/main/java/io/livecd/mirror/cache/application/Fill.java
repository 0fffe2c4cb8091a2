package io.livecd.mirror.cache.application;

import io.livecd.mirror.cache.model.ArtifactKey;
import io.livecd.mirror.cache.model.CachedArtifact;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * One download of one file into the cache, which any number of clients read while it
 * grows. Readers never get the last byte before the whole file is verified, so a failed
 * verification always leaves their response incomplete.
 */
public final class Fill {

	private final ArtifactKey key;

	private final Monitor monitor = new Monitor();

	private final CompletableFuture<FillOutcome> outcome = new CompletableFuture<>();

	private Path path;

	private long length = -1;

	private String sha256;

	private long written;

	private boolean streaming;

	private boolean verified;

	private FillOutcome.Failed failure;

	private volatile String cancelled;

	private Runnable copy;

	private volatile UpstreamFile transfer;

	Fill(ArtifactKey key) {
		this.key = key;
	}

	public ArtifactKey key() {
		return this.key;
	}

	/**
	 * Starts copying the body, if nobody did yet. The thread that opened the fill sends
	 * its client's headers first, so no copying competes with them; every wait for bytes
	 * starts it too.
	 */
	public void start() {
		Runnable pending = this.monitor.locked(() -> {
			Runnable first = this.copy;
			this.copy = null;
			return first;
		});
		if (pending != null) {
			pending.run();
		}
	}

	/** Resolves once the file is cached or the fill gave up; see {@link #start()}. */
	public CompletableFuture<FillOutcome> outcome() {
		return this.outcome;
	}

	/** Whether this fill gave up; a new one may start for the same file. */
	public boolean hasFailed() {
		return this.outcome.getNow(null) instanceof FillOutcome.Failed;
	}

	/**
	 * Stops the download from any thread: readers fail at once, and so does a read
	 * blocked on the upstream. A verified file is past stopping.
	 */
	public void cancel(String reason) {
		FillOutcome.Failed failed = new FillOutcome.Failed(reason, false);
		boolean stopped = this.monitor.updateIf(() -> {
			if (this.verified || this.failure != null) {
				return false;
			}
			this.cancelled = reason;
			this.failure = failed;
			return true;
		});
		if (!stopped) {
			return;
		}
		this.outcome.complete(failed);
		UpstreamFile current = this.transfer;
		if (current != null) {
			current.abort();
		}
		start();
	}

	/** Length and checksum once the upstream answered (either may still be unknown). */
	public FillHead awaitHead(Duration timeout) throws IOException {
		return this.monitor.await(timeout, this::check, () -> this.streaming, this::head);
	}

	/** Length and checksum once every byte arrived and was verified. */
	public FillHead awaitVerified(Duration timeout) throws IOException {
		start();
		return this.monitor.await(timeout, this::check, () -> this.verified, this::head);
	}

	/**
	 * How far a reader at {@code position} may read: more than {@code position}, or -1 at
	 * the verified end of the file.
	 */
	public long awaitReadable(long position, Duration timeout) throws IOException {
		start();
		return this.monitor.await(timeout, this::check, () -> this.verified || readable() > position,
				() -> (this.verified && position >= this.length) ? -1 : readable());
	}

	/**
	 * Opens the bytes for reading, wherever they are now; the channel stays valid. The
	 * file exists once {@link #awaitReadable} returned.
	 */
	public FileChannel openReader() throws IOException {
		return this.monitor.lockedIo(() -> {
			check();
			return FileChannel.open(this.path, StandardOpenOption.READ);
		});
	}

	/** Bytes this download still has to write; 0 when its length is unknown. */
	long pending() {
		return this.monitor.locked(() -> (this.length > 0) ? Math.max(0, this.length - this.written) : 0L);
	}

	private FillHead head() {
		return new FillHead(this.length, this.sha256);
	}

	private long readable() {
		return this.verified ? this.length : Math.max(0, this.written - 1);
	}

	String cancelled() {
		return this.cancelled;
	}

	void attach(UpstreamFile file) {
		this.transfer = file;
		if (this.cancelled != null) {
			file.abort();
		}
	}

	void ready(Runnable copy) {
		this.monitor.update(() -> this.copy = copy);
	}

	void streaming(Path temp, long length, String sha256) {
		this.monitor.update(() -> {
			this.path = temp;
			this.length = length;
			this.sha256 = sha256;
			this.streaming = true;
		});
	}

	void wrote(long total) {
		this.monitor.update(() -> this.written = total);
	}

	/** Marks every byte as verified; {@code false} when the fill was cancelled first. */
	boolean verified(String sha256) {
		return this.monitor.updateIf(() -> {
			if (this.failure != null) {
				return false;
			}
			this.length = this.written;
			this.sha256 = sha256;
			this.verified = true;
			return true;
		});
	}

	void moveInto(Path file, Monitor.IoAction move) throws IOException {
		this.monitor.lockedIo(() -> {
			move.run();
			this.path = file;
			return file;
		});
	}

	void succeeded(CachedArtifact artifact) {
		this.outcome.complete(new FillOutcome.Cached(artifact));
	}

	void failed(String reason, boolean missing) {
		FillOutcome.Failed failed = new FillOutcome.Failed(reason, missing);
		this.monitor.update(() -> {
			if (this.failure == null) {
				this.failure = failed;
			}
		});
		this.outcome.complete(failed);
	}

	private void check() throws FillFailedException {
		if (this.failure != null && !this.verified) {
			throw new FillFailedException(this.failure.reason(), this.failure.missing());
		}
	}

}
