package io.livecd.repo.catalog.infrastructure;

import io.livecd.common.event.ForemanParametersUpdated;
import io.livecd.common.event.LivecdEvent;
import io.livecd.kafka.IncomingEvents;
import io.livecd.repo.catalog.application.LearningForemanParameters;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/** {@code foreman.parameters-updated} in: the parameters retention must respect. */
class ForemanListener {

	private final LearningForemanParameters learning;

	ForemanListener(LearningForemanParameters learning) {
		this.learning = learning;
	}

	@KafkaListener(topics = "#{@livecdTopics.foreman()}")
	void on(ConsumerRecord<String, byte[]> record) {
		Optional<LivecdEvent> event = IncomingEvents.decode(record);
		if (event.isPresent() && event.get() instanceof ForemanParametersUpdated updated) {
			this.learning.handle(updated);
		}
	}

}
