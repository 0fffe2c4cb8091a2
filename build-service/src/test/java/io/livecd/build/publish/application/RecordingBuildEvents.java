package io.livecd.build.publish.application;

import io.livecd.common.event.BuildCompleted;
import java.util.ArrayList;
import java.util.List;

/** The event log as a list; it can be made unreachable. */
class RecordingBuildEvents implements BuildEvents {

	private final List<BuildCompleted> published = new ArrayList<>();

	private boolean unreachable;

	@Override
	public void publish(BuildCompleted event) {
		if (this.unreachable) {
			throw new EventsUnavailableException(event.id(), "broker unreachable", new IllegalStateException("down"));
		}
		this.published.add(event);
	}

	void unreachable(boolean unreachable) {
		this.unreachable = unreachable;
	}

	List<BuildCompleted> published() {
		return this.published;
	}

}
