package io.livecd.repo.catalog.application;

import io.livecd.common.event.LivecdEvent;
import io.livecd.common.event.RepoEvent;
import io.livecd.repo.catalog.model.Catalog;
import io.livecd.repo.catalog.model.Manifest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Holds the current {@link Catalog}. Readers take the snapshot without waiting; changes
 * run one at a time under {@link #locked}, and each event is logged before the snapshot
 * moves on, so the snapshot never shows what the log does not hold. Observers hear of
 * every change, under the lock, and must return at once.
 */
public final class CatalogStore {

	private final ReentrantLock lock = new ReentrantLock();

	private final Events events;

	private final List<Runnable> observers = new CopyOnWriteArrayList<>();

	private volatile Catalog catalog = Catalog.empty();

	public CatalogStore(Events events) {
		this.events = events;
	}

	public Catalog current() {
		return this.catalog;
	}

	public void onChange(Runnable observer) {
		this.observers.add(observer);
	}

	public <T> T locked(Supplier<T> work) {
		this.lock.lock();
		try {
			return work.get();
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Logs a change of the repository and applies it. */
	void record(RepoEvent event) {
		requireLock();
		this.events.emit(event);
		this.catalog = this.catalog.apply(event);
		changed();
	}

	/** Applies what another service logged. */
	void learn(LivecdEvent event) {
		requireLock();
		this.catalog = this.catalog.apply(event);
		changed();
	}

	void add(Manifest manifest) {
		requireLock();
		this.catalog = this.catalog.withManifest(manifest);
		changed();
	}

	void replace(Catalog catalog) {
		requireLock();
		this.catalog = catalog;
		changed();
	}

	private void changed() {
		this.observers.forEach(Runnable::run);
	}

	private void requireLock() {
		if (!this.lock.isHeldByCurrentThread()) {
			throw new IllegalStateException("the catalog changes only under its lock");
		}
	}

}
