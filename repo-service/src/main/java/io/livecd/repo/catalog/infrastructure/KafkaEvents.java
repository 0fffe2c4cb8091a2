package io.livecd.repo.catalog.infrastructure;

import io.livecd.common.event.AliasUpdated;
import io.livecd.common.event.RepoEvent;
import io.livecd.common.event.Topics;
import io.livecd.kafka.EventPublisher;
import io.livecd.repo.catalog.application.Events;

/**
 * Publishes on {@code livecd.repo}; an alias move is then also published, keyed by the
 * alias, on the compacted {@code livecd.aliases}, whose last record per alias is the
 * alias's current target.
 */
class KafkaEvents implements Events {

	private final EventPublisher publisher;

	KafkaEvents(EventPublisher publisher) {
		this.publisher = publisher;
	}

	@Override
	public void emit(RepoEvent event) {
		this.publisher.publish(event);
		if (event instanceof AliasUpdated updated) {
			this.publisher.publish(updated, Topics.ALIASES);
		}
	}

}
