package io.livecd.foreman.parameters.application;

import io.livecd.foreman.parameters.model.Intent;
import io.livecd.foreman.parameters.model.Outcome;
import io.livecd.foreman.parameters.model.RetryPolicy;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * One worker thread and its queue, e.g. for one location: a slow or failing Foreman call
 * here never delays another lane. Pending intents are kept per key, so a newer intent
 * replaces an older one that is waiting or backing off, and only the latest desired value
 * is written.
 */
final class Lane implements AutoCloseable {

	private final ScheduledExecutorService thread;

	private final Function<Intent, Outcome> attempt;

	private final Settlement settlement;

	private final RetryPolicy retry;

	/** Guarded by {@code this}. */
	private final Map<String, Pending> pending = new LinkedHashMap<>();

	/** Called on the lane's thread once an intent is settled. */
	interface Settlement {

		void succeeded(Intent intent, Outcome outcome);

		void gaveUp(Intent intent, String reason, int attempts);

	}

	private record Pending(Intent intent, int failures, long dueNanos) {
	}

	Lane(String name, Function<Intent, Outcome> attempt, Settlement settlement, RetryPolicy retry) {
		this.thread = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread worker = new Thread(runnable, "foreman-" + name);
			worker.setDaemon(true);
			return worker;
		});
		this.attempt = attempt;
		this.settlement = settlement;
		this.retry = retry;
	}

	void offer(Intent intent) {
		synchronized (this) {
			this.pending.remove(intent.key());
			this.pending.put(intent.key(), new Pending(intent, 0, System.nanoTime()));
		}
		this.thread.execute(this::drain);
	}

	private void drain() {
		Pending next;
		while ((next = takeDue()) != null) {
			Outcome outcome = attemptSafely(next.intent());
			if (outcome instanceof Outcome.Failed failed) {
				handleFailure(next, failed);
			}
			else {
				this.settlement.succeeded(next.intent(), outcome);
			}
		}
	}

	private void handleFailure(Pending attempted, Outcome.Failed failed) {
		int failures = attempted.failures() + 1;
		boolean retry = failed.retryable() && this.retry.allowsAnotherAfter(failures);
		synchronized (this) {
			if (this.pending.containsKey(attempted.intent().key())) {
				return;
			}
			if (retry) {
				Duration delay = this.retry.delayAfter(failures);
				this.pending.put(attempted.intent().key(),
						new Pending(attempted.intent(), failures, System.nanoTime() + delay.toNanos()));
				this.thread.schedule(this::drain, delay.toMillis(), TimeUnit.MILLISECONDS);
				return;
			}
		}
		this.settlement.gaveUp(attempted.intent(), failed.reason(), failures);
	}

	private synchronized Pending takeDue() {
		long now = System.nanoTime();
		Iterator<Pending> candidates = this.pending.values().iterator();
		while (candidates.hasNext()) {
			Pending candidate = candidates.next();
			if (candidate.dueNanos() - now <= 0) {
				candidates.remove();
				return candidate;
			}
		}
		return null;
	}

	private Outcome attemptSafely(Intent intent) {
		try {
			return this.attempt.apply(intent);
		}
		catch (RuntimeException ex) {
			return new Outcome.Failed(ex.getClass().getSimpleName() + ": " + ex.getMessage(), true);
		}
	}

	@Override
	public void close() {
		this.thread.shutdownNow();
	}

}
