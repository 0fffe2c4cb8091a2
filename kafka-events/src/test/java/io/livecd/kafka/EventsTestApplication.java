package io.livecd.kafka;

import io.livecd.common.event.LivecdEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * A service of one listener that records what it decoded, and what reached a dead-letter
 * topic.
 */
@SpringBootApplication
class EventsTestApplication {

	@Bean
	Received received() {
		return new Received();
	}

	static class Received {

		final List<LivecdEvent> events = new CopyOnWriteArrayList<>();

		final List<ConsumerRecord<String, byte[]>> deadLetters = new CopyOnWriteArrayList<>();

		@KafkaListener(topics = "#{@livecdTopics.all()}", groupId = "kafka-events-it")
		void on(ConsumerRecord<String, byte[]> record) {
			IncomingEvents.decode(record).ifPresent(this.events::add);
		}

		@KafkaListener(topicPattern = "#{@livecdTopics.of('livecd')}\\..*\\.DLT", groupId = "kafka-events-it-dlt")
		void onDeadLetter(ConsumerRecord<String, byte[]> record) {
			this.deadLetters.add(record);
		}

	}

}
