package io.livecd.mirror.events;

import io.livecd.kafka.IncomingEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/** Consumes the repository's topics in this location's group. */
final class RepoEventsListener {

	private final RepoEvents events;

	RepoEventsListener(RepoEvents events) {
		this.events = events;
	}

	@KafkaListener(topics = { "#{@livecdTopics.repo()}", "#{@livecdTopics.aliases()}" },
			groupId = "mirror-${livecd.mirror.location}")
	void onEvent(ConsumerRecord<String, byte[]> record) {
		IncomingEvents.decode(record).ifPresent(this.events::handle);
	}

}
