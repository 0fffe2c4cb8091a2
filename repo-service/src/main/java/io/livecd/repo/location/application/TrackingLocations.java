package io.livecd.repo.location.application;

import io.livecd.common.event.MirrorEvent;
import io.livecd.repo.location.model.Locations;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Follows what the mirrors report, for people to see; nothing the repository decides
 * depends on it. Observers hear of each change and must return at once.
 */
public class TrackingLocations {

	private final List<Runnable> observers = new CopyOnWriteArrayList<>();

	private volatile Locations locations = Locations.empty();

	public Locations current() {
		return this.locations;
	}

	public synchronized void handle(MirrorEvent event) {
		Locations next = this.locations.apply(event);
		if (!next.equals(this.locations)) {
			this.locations = next;
			this.observers.forEach(Runnable::run);
		}
	}

	public void onChange(Runnable observer) {
		this.observers.add(observer);
	}

}
