package io.livecd.repo.location.infrastructure;

import io.livecd.common.event.LivecdEvent;
import io.livecd.common.event.MirrorEvent;
import io.livecd.kafka.IncomingEvents;
import io.livecd.repo.location.application.TrackingLocations;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Mirror reports in. Each instance reads {@code livecd.mirrors} from its first record in
 * a group of its own, so a restarted service knows again what every mirror holds.
 */
class MirrorsListener {

	private final TrackingLocations tracking;

	MirrorsListener(TrackingLocations tracking) {
		this.tracking = tracking;
	}

	@KafkaListener(topics = "#{@livecdTopics.mirrors()}",
			groupId = "#{'${spring.kafka.consumer.group-id}-locations-' + T(java.util.UUID).randomUUID()}",
			properties = "auto.offset.reset=earliest")
	void on(ConsumerRecord<String, byte[]> record) {
		Optional<LivecdEvent> event = IncomingEvents.decode(record);
		if (event.isPresent() && event.get() instanceof MirrorEvent report) {
			this.tracking.handle(report);
		}
	}

}
