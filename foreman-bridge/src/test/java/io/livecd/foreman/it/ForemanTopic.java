package io.livecd.foreman.it;

import io.livecd.common.event.ForemanEvent;
import io.livecd.common.event.LivecdEvent;
import io.livecd.kafka.EventTopics;
import io.livecd.kafka.IncomingEvents;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * What the bridge published on livecd.foreman, read from the beginning. Poll it from one
 * thread ({@code await().pollInSameThread()}).
 */
final class ForemanTopic implements AutoCloseable {

	private final Consumer<String, byte[]> consumer;

	private final List<ForemanEvent> events = new ArrayList<>();

	ForemanTopic(ConsumerFactory<String, byte[]> consumers, EventTopics topics) {
		this.consumer = consumers.createConsumer(null, "it-foreman-topic", null);
		List<TopicPartition> partitions = this.consumer.partitionsFor(topics.foreman(), Duration.ofSeconds(30))
			.stream()
			.map((info) -> new TopicPartition(info.topic(), info.partition()))
			.toList();
		this.consumer.assign(partitions);
		this.consumer.seekToBeginning(partitions);
	}

	/** Everything read so far, after reading what has arrived since the last call. */
	List<ForemanEvent> events() {
		for (ConsumerRecord<String, byte[]> record : this.consumer.poll(Duration.ofMillis(200))) {
			Optional<LivecdEvent> event = IncomingEvents.decode(record);
			event.filter(ForemanEvent.class::isInstance).map(ForemanEvent.class::cast).ifPresent(this.events::add);
		}
		return List.copyOf(this.events);
	}

	@Override
	public void close() {
		this.consumer.close();
	}

}
