package io.livecd.repo.catalog.infrastructure;

import io.livecd.common.event.LivecdEvent;
import io.livecd.kafka.IncomingEvents;
import io.livecd.kafka.PoisonEventException;
import io.livecd.repo.catalog.application.EventLog;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * Reads topics from their first record to the end they had when reading began, with a
 * consumer of its own that joins no group and commits nothing.
 */
class KafkaEventLog implements EventLog {

	private static final Logger log = LoggerFactory.getLogger(KafkaEventLog.class);

	private final ConsumerFactory<String, byte[]> consumers;

	private final List<String> topics;

	private final Duration timeout;

	KafkaEventLog(ConsumerFactory<String, byte[]> consumers, List<String> topics, Duration timeout) {
		this.consumers = consumers;
		this.topics = List.copyOf(topics);
		this.timeout = timeout;
	}

	@Override
	public List<LivecdEvent> history() {
		try (Consumer<String, byte[]> consumer = this.consumers.createConsumer(null, "-restore")) {
			List<TopicPartition> partitions = new ArrayList<>();
			for (String topic : this.topics) {
				for (PartitionInfo info : consumer.partitionsFor(topic, this.timeout)) {
					partitions.add(new TopicPartition(topic, info.partition()));
				}
			}
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions, this.timeout);
			List<LivecdEvent> events = new ArrayList<>();
			Instant deadline = Instant.now().plus(this.timeout);
			while (!reached(consumer, end)) {
				if (Instant.now().isAfter(deadline)) {
					throw new IllegalStateException("reading " + this.topics + " made no progress for " + this.timeout);
				}
				ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
				if (!records.isEmpty()) {
					deadline = Instant.now().plus(this.timeout);
				}
				records.forEach((record) -> decode(record, events));
			}
			log.info("Read {} events from {}", events.size(), this.topics);
			return events;
		}
	}

	private static boolean reached(Consumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
		return end.entrySet().stream().allMatch((e) -> consumer.position(e.getKey()) >= e.getValue());
	}

	private static void decode(ConsumerRecord<String, byte[]> record, List<LivecdEvent> events) {
		try {
			IncomingEvents.decode(record).ifPresent(events::add);
		}
		catch (PoisonEventException ex) {
			log.warn("Skipping malformed event at {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
					ex.getMessage());
		}
	}

}
