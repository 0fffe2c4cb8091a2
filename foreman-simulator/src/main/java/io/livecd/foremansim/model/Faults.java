package io.livecd.foremansim.model;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The faults in force; the first that applies to a request is used. Thread-safe. */
public final class Faults {

	private final List<Fault> faults = new ArrayList<>();

	private final Clock clock;

	public Faults(Clock clock) {
		this.clock = clock;
	}

	public synchronized void add(Fault fault) {
		this.faults.add(fault);
	}

	/** The fault for this request, counted as used; empty when none applies. */
	public synchronized Optional<Fault> take(String path) {
		for (int i = 0; i < this.faults.size(); i++) {
			Fault fault = this.faults.get(i);
			if (fault.appliesTo(path, this.clock.instant())) {
				this.faults.set(i, fault.used());
				return Optional.of(fault);
			}
		}
		return Optional.empty();
	}

	public synchronized void clear() {
		this.faults.clear();
	}

}
