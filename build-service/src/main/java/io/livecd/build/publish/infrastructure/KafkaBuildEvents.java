package io.livecd.build.publish.infrastructure;

import io.livecd.build.publish.application.BuildEvents;
import io.livecd.build.publish.application.EventsUnavailableException;
import io.livecd.common.event.BuildCompleted;
import io.livecd.kafka.EventPublishException;
import io.livecd.kafka.EventPublisher;
import org.apache.kafka.common.KafkaException;

/**
 * {@code build.completed} on {@code livecd.builds}, keyed by job, confirmed by the
 * broker.
 */
class KafkaBuildEvents implements BuildEvents {

	private final EventPublisher publisher;

	KafkaBuildEvents(EventPublisher publisher) {
		this.publisher = publisher;
	}

	@Override
	public void publish(BuildCompleted event) {
		try {
			this.publisher.publish(event);
		}
		catch (EventPublishException | KafkaException | org.springframework.kafka.KafkaException ex) {
			throw new EventsUnavailableException(event.id(), "the event log did not confirm event " + event.id(), ex);
		}
	}

}
