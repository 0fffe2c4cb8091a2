package io.livecd.mirror.cache.application;

import io.livecd.mirror.cache.model.ArtifactKey;
import io.livecd.mirror.cache.model.CachedArtifact;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * One download of one file into the cache, which any number of clients read while it
 * grows. Readers never get the last byte before the whole file is verified, so a failed
 * verification always leaves their response incomplete.
 */
public final class Fill {

	private final ArtifactKey key;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition changed = this.lock.newCondition();

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
		Runnable pending;
		this.lock.lock();
		try {
			pending = this.copy;
			this.copy = null;
		}
		finally {
			this.lock.unlock();
		}
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
		this.lock.lock();
		try {
			if (this.verified || this.failure != null) {
				return;
			}
			this.cancelled = reason;
			this.failure = failed;
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
		this.outcome.complete(failed);
		UpstreamFile current = this.transfer;
		if (current != null) {
			current.abort();
		}
		start();
	}

	/** Length and checksum once the upstream answered (either may still be unknown). */
	public Head awaitHead(Duration timeout) throws IOException {
		return await(timeout, () -> this.streaming, () -> new Head(this.length, this.sha256));
	}

	/** Length and checksum once every byte arrived and was verified. */
	public Head awaitVerified(Duration timeout) throws IOException {
		start();
		return await(timeout, () -> this.verified, () -> new Head(this.length, this.sha256));
	}

	/**
	 * How far a reader at {@code position} may read: more than {@code position}, or -1 at
	 * the verified end of the file.
	 */
	public long awaitReadable(long position, Duration timeout) throws IOException {
		start();
		return await(timeout, () -> this.verified || readable() > position,
				() -> (this.verified && position >= this.length) ? -1 : readable());
	}

	/** Opens the bytes for reading, wherever they are now; the channel stays valid. */
	public FileChannel openReader() throws IOException {
		this.lock.lock();
		try {
			check();
			return FileChannel.open(this.path, StandardOpenOption.READ);
		}
		finally {
			this.lock.unlock();
		}
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
		this.lock.lock();
		try {
			this.copy = copy;
		}
		finally {
			this.lock.unlock();
		}
	}

	void streaming(Path temp, long length, String sha256) {
		update(() -> {
			this.path = temp;
			this.length = length;
			this.sha256 = sha256;
			this.streaming = true;
		});
	}

	void wrote(long total) {
		update(() -> this.written = total);
	}

	/** Marks every byte as verified; {@code false} when the fill was cancelled first. */
	boolean verified(String sha256) {
		this.lock.lock();
		try {
			if (this.failure != null) {
				return false;
			}
			this.length = this.written;
			this.sha256 = sha256;
			this.verified = true;
			this.changed.signalAll();
			return true;
		}
		finally {
			this.lock.unlock();
		}
	}

	void moveInto(Path file, IoAction move) throws IOException {
		this.lock.lock();
		try {
			move.run();
			this.path = file;
		}
		finally {
			this.lock.unlock();
		}
	}

	void succeeded(CachedArtifact artifact) {
		this.outcome.complete(new FillOutcome.Cached(artifact));
	}

	void failed(String reason, boolean missing) {
		FillOutcome.Failed failed = new FillOutcome.Failed(reason, missing);
		update(() -> {
			if (this.failure == null) {
				this.failure = failed;
			}
		});
		this.outcome.complete(failed);
	}

	private void update(Runnable change) {
		this.lock.lock();
		try {
			change.run();
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	private <T> T await(Duration timeout, BooleanSupplier ready, Supplier<T> value) throws IOException {
		long nanos = timeout.toNanos();
		this.lock.lock();
		try {
			while (!ready.getAsBoolean()) {
				check();
				if (nanos <= 0) {
					throw new FillFailedException("timed out waiting for the upstream", false);
				}
				nanos = this.changed.awaitNanos(nanos);
			}
			if (!this.verified) {
				check();
			}
			return value.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new FillFailedException("interrupted", false);
		}
		finally {
			this.lock.unlock();
		}
	}

	private void check() throws FillFailedException {
		if (this.failure != null && !this.verified) {
			throw new FillFailedException(this.failure.reason(), this.failure.missing());
		}
	}

	/**
	 * What the upstream or the verification established about the file.
	 *
	 * @param length bytes, or -1 when not known yet
	 * @param sha256 checksum, or {@code null} when not known yet
	 */
	public record Head(long length, String sha256) {
	}

	@FunctionalInterface
	interface IoAction {

		void run() throws IOException;

	}

}
