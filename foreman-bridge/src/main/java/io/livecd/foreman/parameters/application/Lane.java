package io.livecd.foreman.parameters.application;

import io.livecd.foreman.parameters.model.Intent;
import io.livecd.foreman.parameters.model.Outcome;
import io.livecd.foreman.parameters.model.RetryPolicy;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * One worker thread and its queue, e.g. for one location: a slow or failing Foreman call
 * here never delays another lane. Intents are carried out in the order they first arrived
 * (so a location's base URL is in place before the path that needs it), the head of the
 * queue waiting out its back-off before the rest. Pending intents are kept per key: a
 * newer intent takes the place of an older one that is waiting or backing off, so only
 * the latest desired value is written.
 */
final class Lane implements AutoCloseable {

	private final ScheduledExecutorService thread;

	private final Function<Intent, Outcome> attempt;

	private final Settlement settlement;

	private final RetryPolicy retry;

	/** Guarded by {@code this}, as are the fields below it. */
	private final Map<String, Pending> pending = new HashMap<>();

	private long nextPosition;

	private String inFlightKey;

	private long inFlightPosition;

	private ScheduledFuture<?> wake;

	private long wakeAt;

	/** Called on the lane's thread once an intent is settled. */
	interface Settlement {

		void succeeded(Intent intent, Outcome outcome);

		void gaveUp(Intent intent, String reason, int attempts);

	}

	private record Pending(Intent intent, int failures, long dueNanos, long position) {
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
			String key = intent.key();
			Pending older = this.pending.get(key);
			long position = (older != null) ? older.position()
					: key.equals(this.inFlightKey) ? this.inFlightPosition : this.nextPosition++;
			this.pending.put(key, new Pending(intent, 0, System.nanoTime(), position));
		}
		this.thread.execute(this::drain);
	}

	private void drain() {
		Pending next;
		while ((next = takeHead()) != null) {
			Outcome outcome = attemptSafely(next.intent());
			if (outcome instanceof Outcome.Failed failed) {
				handleFailure(next, failed);
			}
			else {
				settle();
				this.settlement.succeeded(next.intent(), outcome);
			}
		}
	}

	/** The first intent in arrival order if it is due; otherwise wakes up when it is. */
	private synchronized Pending takeHead() {
		Pending head = this.pending.values().stream().min(Comparator.comparingLong(Pending::position)).orElse(null);
		if (head == null) {
			return null;
		}
		if (head.dueNanos() - System.nanoTime() > 0) {
			wakeAt(head.dueNanos());
			return null;
		}
		this.pending.remove(head.intent().key());
		this.inFlightKey = head.intent().key();
		this.inFlightPosition = head.position();
		return head;
	}

	private void handleFailure(Pending attempted, Outcome.Failed failed) {
		int failures = attempted.failures() + 1;
		synchronized (this) {
			settle();
			if (this.pending.containsKey(attempted.intent().key())) {
				return;
			}
			if (failed.retryable() && this.retry.allowsAnotherAfter(failures)) {
				long due = System.nanoTime() + this.retry.delayAfter(failures).toNanos();
				this.pending.put(attempted.intent().key(),
						new Pending(attempted.intent(), failures, due, attempted.position()));
				return;
			}
		}
		this.settlement.gaveUp(attempted.intent(), failed.reason(), failures);
	}

	private synchronized void settle() {
		this.inFlightKey = null;
	}

	private void wakeAt(long dueNanos) {
		boolean earlierWakePending = this.wake != null && !this.wake.isDone() && this.wakeAt - System.nanoTime() > 0
				&& this.wakeAt <= dueNanos;
		if (earlierWakePending) {
			return;
		}
		if (this.wake != null) {
			this.wake.cancel(false);
		}
		this.wakeAt = dueNanos;
		this.wake = this.thread.schedule(this::drain, dueNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
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
