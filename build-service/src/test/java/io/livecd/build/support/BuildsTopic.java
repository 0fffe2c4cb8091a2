package io.livecd.build.support;

import io.livecd.common.event.BuildCompleted;
import io.livecd.common.event.LivecdEvent;
import io.livecd.kafka.IncomingEvents;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Everything on one {@code livecd.builds} topic, read to its end: a call after a publish
 * returned sees that event, with no waiting and no guessing.
 */
public final class BuildsTopic implements AutoCloseable {

	private final KafkaConsumer<String, byte[]> consumer;

	private final List<TopicPartition> partitions;

	private final List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();

	public BuildsTopic(String bootstrap, String topic) {
		Properties config = new Properties();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
		config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		this.consumer = new KafkaConsumer<>(config);
		this.partitions = this.consumer.partitionsFor(topic, Duration.ofSeconds(30))
			.stream()
			.map((info) -> new TopicPartition(topic, info.partition()))
			.toList();
		this.consumer.assign(this.partitions);
		this.consumer.seekToBeginning(this.partitions);
	}

	/** Every record up to the current end of the topic. */
	public List<ConsumerRecord<String, byte[]>> records() {
		Map<TopicPartition, Long> end = this.consumer.endOffsets(this.partitions, Duration.ofSeconds(30));
		while (end.entrySet().stream().anyMatch((e) -> this.consumer.position(e.getKey()) < e.getValue())) {
			this.consumer.poll(Duration.ofMillis(200)).forEach(this.records::add);
		}
		return List.copyOf(this.records);
	}

	/**
	 * Every {@code build.completed} of the build up to the current end of the topic; each
	 * record must be keyed by its job.
	 */
	public List<BuildCompleted> completed(String job, long build) {
		List<BuildCompleted> events = new ArrayList<>();
		for (ConsumerRecord<String, byte[]> record : records()) {
			LivecdEvent event = IncomingEvents.decode(record).orElseThrow();
			if (event instanceof BuildCompleted completed && completed.job().equals(job)
					&& completed.build() == build) {
				if (!job.equals(record.key())) {
					throw new AssertionError("event " + event.id() + " is keyed " + record.key() + ", not by its job");
				}
				events.add(completed);
			}
		}
		return events;
	}

	@Override
	public void close() {
		this.consumer.close(Duration.ofSeconds(5));
	}

}
