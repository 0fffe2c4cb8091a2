package io.livecd.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import io.livecd.common.envelope.Decoding;
import io.livecd.common.envelope.EventCodec;
import io.livecd.common.event.LivecdEvent;
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
 * Every record of some topics, from their first to their current end, read by a consumer
 * of no group: what a test checks a dead-letter topic or an event count with.
 */
public final class TopicRecords {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private TopicRecords() {
	}

	public static List<ConsumerRecord<String, byte[]>> read(String bootstrap, String... topics) {
		Properties config = new Properties();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
		config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 << 20);
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
			List<TopicPartition> partitions = new ArrayList<>();
			for (String topic : topics) {
				consumer.partitionsFor(topic, TIMEOUT)
					.forEach((info) -> partitions.add(new TopicPartition(topic, info.partition())));
			}
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
			List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
			while (end.entrySet().stream().anyMatch((e) -> consumer.position(e.getKey()) < e.getValue())) {
				consumer.poll(Duration.ofMillis(200)).forEach(records::add);
			}
			return records;
		}
	}

	/** The well-formed events among the records of some topics, in topic order. */
	public static List<LivecdEvent> events(String bootstrap, String... topics) {
		List<LivecdEvent> events = new ArrayList<>();
		for (ConsumerRecord<String, byte[]> record : read(bootstrap, topics)) {
			Map<String, String> headers = new HashMap<>();
			for (Header header : record.headers()) {
				headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
			}
			if (EventCodec.decode(headers, record.value()) instanceof Decoding.Decoded decoded) {
				events.add(decoded.event());
			}
		}
		return events;
	}

	/** A header's value as text, or {@code null} when the record has none. */
	public static String header(ConsumerRecord<String, byte[]> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null && header.value() != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

}
