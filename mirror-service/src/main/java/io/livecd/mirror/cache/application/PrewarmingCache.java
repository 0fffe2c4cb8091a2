package io.livecd.mirror.cache.application;

import io.livecd.mirror.cache.model.ArtifactKey;
import io.livecd.mirror.cache.model.CacheIndex;
import io.livecd.mirror.cache.model.CachedArtifact;
import io.livecd.mirror.cache.model.KnownArtifact;
import io.livecd.mirror.cache.model.KnownArtifacts;
import io.livecd.mirror.cache.model.SyncLedger;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Pre-warming: fetches every announced file before any client asks, at most
 * {@code parallelism} at a time (the size of the worker pool), retrying with back-off,
 * and reports each file once as synced or as failed. Files and builds are independent:
 * one failing file delays nothing else.
 */
public final class PrewarmingCache implements AutoCloseable {

	private final Map<ArtifactKey, Task> pending = new ConcurrentHashMap<>();

	private final KnownArtifacts known;

	private final CacheIndex index;

	private final Filling filling;

	private final Eviction eviction;

	private final Reports reports;

	private final SyncLedger ledger;

	private final ExecutorService workers;

	private final ScheduledExecutorService timer;

	private final RetryPolicy retry;

	public PrewarmingCache(KnownArtifacts known, CacheIndex index, Filling filling, Eviction eviction, Reports reports,
			SyncLedger ledger, ExecutorService workers, ScheduledExecutorService timer, RetryPolicy retry) {
		this.known = known;
		this.index = index;
		this.filling = filling;
		this.eviction = eviction;
		this.reports = reports;
		this.ledger = ledger;
		this.workers = workers;
		this.timer = timer;
		this.retry = retry;
	}

	public void prewarm(KnownArtifact artifact) {
		this.known.learn(artifact);
		if (isWarm(artifact)) {
			synced(artifact, 0);
			return;
		}
		this.pending.computeIfAbsent(artifact.key(), (key) -> {
			Task task = new Task(artifact);
			this.workers.execute(task::attempt);
			return task;
		});
	}

	/**
	 * Drops the pending pre-warm of a file, if any; a running download is not touched.
	 */
	public void cancel(ArtifactKey key) {
		Task task = this.pending.remove(key);
		if (task != null) {
			task.cancelled = true;
		}
	}

	public int pending() {
		return this.pending.size();
	}

	@Override
	public void close() {
		this.timer.shutdownNow();
		this.workers.shutdownNow();
	}

	private boolean isWarm(KnownArtifact artifact) {
		return this.index.peek(artifact.key()).map((cached) -> cached.matches(artifact.sha256())).orElse(false);
	}

	private void synced(KnownArtifact artifact, double seconds) {
		if (this.ledger.record(artifact)) {
			this.reports.synced(artifact, seconds);
		}
	}

	private final class Task {

		private final KnownArtifact artifact;

		private final long started = System.nanoTime();

		private int failures;

		private volatile boolean cancelled;

		Task(KnownArtifact artifact) {
			this.artifact = artifact;
		}

		void attempt() {
			if (this.cancelled) {
				return;
			}
			ArtifactKey key = this.artifact.key();
			Optional<CachedArtifact> stale = PrewarmingCache.this.index.peek(key)
				.filter((cached) -> !cached.matches(this.artifact.sha256()));
			stale.ifPresent((cached) -> PrewarmingCache.this.eviction.evict(cached, "sha256 differs from the event"));
			Optional<Fill> fill = PrewarmingCache.this.filling.join(key);
			FillOutcome outcome = fill.map((running) -> {
				running.start();
				return running.outcome().join();
			}).orElseGet(() -> new FillOutcome.Failed("cached concurrently with another checksum", false));
			if (isWarm(this.artifact)) {
				PrewarmingCache.this.pending.remove(key, this);
				synced(this.artifact, (System.nanoTime() - this.started) / 1e9);
			}
			else if (outcome instanceof FillOutcome.Failed failed) {
				failed(failed.reason());
			}
			else {
				failed("fetched copy has another sha256 than the event states");
			}
		}

		private void failed(String reason) {
			this.failures++;
			if (this.cancelled) {
				return;
			}
			if (this.failures > PrewarmingCache.this.retry.attempts()) {
				PrewarmingCache.this.pending.remove(this.artifact.key(), this);
				PrewarmingCache.this.reports.syncFailed(this.artifact, reason);
				return;
			}
			long pause = PrewarmingCache.this.retry.backOff(this.failures).toMillis();
			try {
				PrewarmingCache.this.timer.schedule(this::resubmit, pause, TimeUnit.MILLISECONDS);
			}
			catch (RejectedExecutionException ex) {
				// shutting down: the alias replay at the next start pre-warms alias
				// targets again
			}
		}

		private void resubmit() {
			try {
				PrewarmingCache.this.workers.execute(this::attempt);
			}
			catch (RejectedExecutionException ex) {
				// shutting down: the alias replay at the next start pre-warms alias
				// targets again
			}
		}

	}

}
