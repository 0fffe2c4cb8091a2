package io.livecd.cli.publish;

import io.livecd.common.envelope.Decoding;
import io.livecd.common.envelope.EventCodec;
import io.livecd.common.event.BuildCompleted;
import io.livecd.common.event.LivecdEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The events on a topic, read to its current end each time they are asked for (shared
 * with the cli's other integration tests).
 */
public final class TopicEvents implements AutoCloseable {

	private final KafkaConsumer<String, byte[]> consumer;

	private final List<TopicPartition> partitions;

	private final List<LivecdEvent> events = new ArrayList<>();

	public TopicEvents(String bootstrap, String topic) {
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

	List<BuildCompleted> of(String job, long build) {
		return all(BuildCompleted.class).stream().filter((e) -> e.job().equals(job) && e.build() == build).toList();
	}

	/**
	 * Every event of {@code type} on the topic, from its beginning to its current end.
	 */
	public <E extends LivecdEvent> List<E> all(Class<E> type) {
		Map<TopicPartition, Long> end = this.consumer.endOffsets(this.partitions, Duration.ofSeconds(30));
		while (end.entrySet().stream().anyMatch((e) -> this.consumer.position(e.getKey()) < e.getValue())) {
			this.consumer.poll(Duration.ofMillis(200)).forEach(this::decode);
		}
		return this.events.stream().filter(type::isInstance).map(type::cast).toList();
	}

	private void decode(ConsumerRecord<String, byte[]> record) {
		Map<String, String> headers = new HashMap<>();
		for (Header header : record.headers()) {
			headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
		}
		Decoding decoding = EventCodec.decode(headers, record.value());
		if (!(decoding instanceof Decoding.Decoded decoded)) {
			throw new AssertionError("not a valid event at offset " + record.offset() + ": " + decoding);
		}
		this.events.add(decoded.event());
	}

	@Override
	public void close() {
		this.consumer.close(Duration.ofSeconds(5));
	}

}
