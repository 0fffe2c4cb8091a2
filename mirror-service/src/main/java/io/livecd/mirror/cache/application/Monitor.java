package io.livecd.mirror.cache.application;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** A lock with one condition: state changes wake every waiter; waits have a deadline. */
final class Monitor {

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition changed = this.lock.newCondition();

	/** Runs a change under the lock and wakes every waiter. */
	void update(Runnable change) {
		this.lock.lock();
		try {
			change.run();
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Runs a change that may decline under the lock; wakes waiters only when it made one.
	 */
	boolean updateIf(BooleanSupplier change) {
		this.lock.lock();
		try {
			boolean changedState = change.getAsBoolean();
			if (changedState) {
				this.changed.signalAll();
			}
			return changedState;
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Reads or swaps state under the lock, without waking anyone. */
	<T> T locked(Supplier<T> action) {
		this.lock.lock();
		try {
			return action.get();
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Runs an action that may fail under the lock, without waking anyone. */
	<T> T lockedIo(IoSupplier<T> action) throws IOException {
		this.lock.lock();
		try {
			return action.get();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Waits until {@code ready} holds, checking {@code failure} each time the state
	 * changes, and returns {@code value} read under the lock.
	 */
	<T> T await(Duration timeout, IoCheck failure, BooleanSupplier ready, Supplier<T> value) throws IOException {
		long nanos = timeout.toNanos();
		this.lock.lock();
		try {
			while (!ready.getAsBoolean()) {
				failure.check();
				if (nanos <= 0) {
					throw new FillFailedException("timed out waiting for the upstream", false);
				}
				nanos = this.changed.awaitNanos(nanos);
			}
			failure.check();
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

	@FunctionalInterface
	interface IoSupplier<T> {

		T get() throws IOException;

	}

	@FunctionalInterface
	interface IoAction {

		void run() throws IOException;

	}

	@FunctionalInterface
	interface IoCheck {

		void check() throws IOException;

	}

}
