package io.livecd.repo.catalog.application;

import io.livecd.common.event.RepoEvent;

/**
 * The repository's log. {@link #emit} returns once the event is durable; alias moves also
 * become the alias's current state for every consumer.
 */
public interface Events {

	void emit(RepoEvent event);

}
