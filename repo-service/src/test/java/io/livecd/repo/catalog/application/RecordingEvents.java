package io.livecd.repo.catalog.application;

import io.livecd.common.event.RepoEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The log in memory; it can refuse events to play a broker that is down. */
class RecordingEvents implements Events {

	final List<RepoEvent> emitted = new ArrayList<>();

	Predicate<RepoEvent> refuse = (event) -> false;

	@Override
	public void emit(RepoEvent event) {
		if (this.refuse.test(event)) {
			throw new IllegalStateException("broker unavailable");
		}
		this.emitted.add(event);
	}

	<T extends RepoEvent> List<T> of(Class<T> type) {
		return this.emitted.stream().filter(type::isInstance).map(type::cast).toList();
	}

	int mark() {
		return this.emitted.size();
	}

	List<RepoEvent> since(int mark) {
		return List.copyOf(this.emitted.subList(mark, this.emitted.size()));
	}

}
