package io.livecd.mirror;

import io.livecd.common.event.LivecdEvent;
import io.livecd.common.event.MirrorEvent;
import io.livecd.kafka.IncomingEvents;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Collects every event the mirrors report on their topic, from its beginning. */
final class MirrorReportsConsumer implements AutoCloseable {

	private final List<MirrorEvent> events = new CopyOnWriteArrayList<>();

	private final KafkaConsumer<String, byte[]> consumer;

	private final Thread thread;

	MirrorReportsConsumer(String bootstrap, String topic) {
		this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
				ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
		List<TopicPartition> partitions = this.consumer.partitionsFor(topic, Duration.ofSeconds(30))
			.stream()
			.map((info) -> new TopicPartition(topic, info.partition()))
			.toList();
		this.consumer.assign(partitions);
		this.consumer.seekToBeginning(partitions);
		this.thread = new Thread(this::run, "mirror-reports");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	private void run() {
		try {
			while (true) {
				for (ConsumerRecord<String, byte[]> record : this.consumer.poll(Duration.ofMillis(200))) {
					IncomingEvents.decode(record)
						.filter(MirrorEvent.class::isInstance)
						.map(MirrorEvent.class::cast)
						.ifPresent(this.events::add);
				}
			}
		}
		catch (WakeupException ex) {
			this.consumer.close();
		}
	}

	<T extends LivecdEvent> List<T> events(Class<T> type) {
		return this.events.stream().filter(type::isInstance).map(type::cast).toList();
	}

	@Override
	public void close() throws InterruptedException {
		this.consumer.wakeup();
		this.thread.join();
	}

}
