package io.livecd.build.publish.application;

import io.livecd.build.publish.model.BuildId;
import io.livecd.common.event.BuildCompleted;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Published markers and the outbox in memory. */
class InMemoryPublications implements Publications {

	private final Map<BuildId, BuildCompleted> published = new ConcurrentHashMap<>();

	private final Map<BuildId, BuildCompleted> outbox = new ConcurrentHashMap<>();

	@Override
	public Optional<Publication> find(BuildId id) {
		return Optional.ofNullable(this.published.get(id))
			.map((event) -> new Publication(event, this.outbox.containsKey(id)));
	}

	@Override
	public void record(BuildCompleted event) {
		BuildId id = new BuildId(event.job(), event.build());
		this.outbox.put(id, event);
		this.published.put(id, event);
	}

	@Override
	public void sent(BuildId id) {
		this.outbox.remove(id);
	}

	@Override
	public List<BuildCompleted> pending() {
		return new ArrayList<>(this.outbox.values());
	}

}
