package io.livecd.foreman.parameters.application;

import io.livecd.foreman.parameters.model.Outcome;
import io.livecd.foreman.parameters.model.Scope;
import io.livecd.foreman.parameters.model.TftpTarget;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A fake {@link ForemanParameters}: values per {@code scope|name}, every write recorded,
 * and scripted trouble per scope (failures, or holding calls until released).
 */
final class InMemoryForeman implements ForemanParameters {

	final Map<String, String> values = new ConcurrentHashMap<>();

	final List<String> writes = Collections.synchronizedList(new ArrayList<>());

	final List<String> rebuilds = Collections.synchronizedList(new ArrayList<>());

	/** Every call to set, in order, as {@code scope|name=value}. */
	final List<String> calls = Collections.synchronizedList(new ArrayList<>());

	private final Map<String, Outcome.Failed> failures = new ConcurrentHashMap<>();

	private final Map<String, Integer> failuresLeft = new ConcurrentHashMap<>();

	private final Map<String, CountDownLatch> held = new ConcurrentHashMap<>();

	private final Map<String, Integer> attempts = new ConcurrentHashMap<>();

	/** The next {@code times} calls for the scope fail this way. */
	void fail(Scope scope, int times, Outcome.Failed failure) {
		this.failures.put(scope.key(), failure);
		this.failuresLeft.put(scope.key(), times);
	}

	/** Calls for the scope stop failing. */
	void recover(Scope scope) {
		this.failuresLeft.remove(scope.key());
	}

	/** Calls made for the scope so far. */
	int attempts(Scope scope) {
		return this.attempts.getOrDefault(scope.key(), 0);
	}

	/** Calls for the scope block until the returned latch is counted down. */
	CountDownLatch hold(Scope scope) {
		CountDownLatch latch = new CountDownLatch(1);
		this.held.put(scope.key(), latch);
		return latch;
	}

	Optional<String> value(Scope scope, String name) {
		return Optional.ofNullable(this.values.get(scope.key() + "|" + name));
	}

	@Override
	public Outcome set(Scope scope, String name, String value) {
		this.calls.add(scope.key() + "|" + name + "=" + value);
		Optional<Outcome> trouble = trouble(scope);
		if (trouble.isPresent()) {
			return trouble.get();
		}
		String previous = this.values.get(scope.key() + "|" + name);
		if (value.equals(previous)) {
			return new Outcome.Unchanged(value);
		}
		this.values.put(scope.key() + "|" + name, value);
		this.writes.add(scope.key() + "|" + name + "=" + value);
		return new Outcome.Written(previous, value);
	}

	@Override
	public Outcome remove(Scope scope, String name) {
		Optional<Outcome> trouble = trouble(scope);
		if (trouble.isPresent()) {
			return trouble.get();
		}
		String previous = this.values.remove(scope.key() + "|" + name);
		if (previous == null) {
			return new Outcome.Unchanged(null);
		}
		this.writes.add(scope.key() + "|" + name + " removed");
		return new Outcome.Written(previous, null);
	}

	@Override
	public Outcome rebuildTftp(TftpTarget target) {
		this.rebuilds.add(target.describe());
		return new Outcome.Rebuilt();
	}

	private Optional<Outcome> trouble(Scope scope) {
		this.attempts.merge(scope.key(), 1, Integer::sum);
		CountDownLatch latch = this.held.get(scope.key());
		if (latch != null) {
			try {
				latch.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		Integer left = this.failuresLeft.get(scope.key());
		if (left != null && left > 0) {
			this.failuresLeft.put(scope.key(), left - 1);
			return Optional.of(this.failures.get(scope.key()));
		}
		return Optional.empty();
	}

}
