package io.livecd.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.livecd.common.envelope.Decoding;
import io.livecd.common.envelope.EventCodec;
import io.livecd.common.event.AliasUpdated;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the alias moves of {@code livecd.repo} up to an instant: every partition from its
 * beginning to the first record stamped a minute after it ({@code offsetsForTimes}; a
 * record is stamped when it is sent, a little after its event's time, which the fold
 * compares), no consumer group, nothing committed.
 */
final class RepoLog {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	/** How much later than its event's time a record may be stamped. */
	private static final Duration STAMPED_LATER = Duration.ofMinutes(1);

	private RepoLog() {
	}

	static List<AliasUpdated> aliasMovesUntil(String bootstrap, String topic, Instant until) {
		Properties config = new Properties();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		config.put(ConsumerConfig.CLIENT_ID_CONFIG, "livecd-replay");
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			List<PartitionInfo> infos = consumer.partitionsFor(topic, TIMEOUT);
			if (infos == null || infos.isEmpty()) {
				throw new IllegalStateException("topic " + topic + " does not exist on " + bootstrap);
			}
			List<TopicPartition> partitions = infos.stream()
				.map((info) -> new TopicPartition(topic, info.partition()))
				.toList();
			Map<TopicPartition, Long> stops = stopOffsets(consumer, partitions, until);
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			List<AliasUpdated> moves = new ArrayList<>();
			long deadline = System.nanoTime() + TIMEOUT.toNanos();
			while (!reached(consumer, stops)) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException(
							"could not read " + topic + " within " + TIMEOUT.toSeconds() + " s");
				}
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
					TopicPartition partition = new TopicPartition(record.topic(), record.partition());
					if (record.offset() < stops.get(partition)) {
						decode(record, moves);
					}
				}
			}
			return moves;
		}
	}

	/**
	 * Per partition, the offset of the first record stamped well after {@code until}, or
	 * its end.
	 */
	private static Map<TopicPartition, Long> stopOffsets(KafkaConsumer<String, byte[]> consumer,
			List<TopicPartition> partitions, Instant until) {
		Map<TopicPartition, Long> query = new HashMap<>();
		partitions.forEach((partition) -> query.put(partition, until.plus(STAMPED_LATER).toEpochMilli() + 1));
		Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(query, TIMEOUT);
		Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, TIMEOUT);
		Map<TopicPartition, Long> stops = new HashMap<>();
		for (TopicPartition partition : partitions) {
			OffsetAndTimestamp first = found.get(partition);
			stops.put(partition, (first != null) ? first.offset() : ends.get(partition));
		}
		return stops;
	}

	private static boolean reached(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> stops) {
		return stops.entrySet()
			.stream()
			.allMatch((stop) -> consumer.position(stop.getKey(), TIMEOUT) >= stop.getValue());
	}

	private static void decode(ConsumerRecord<String, byte[]> record, List<AliasUpdated> moves) {
		Map<String, String> headers = new HashMap<>();
		for (Header header : record.headers()) {
			headers.put(header.key(), new String(header.value(), java.nio.charset.StandardCharsets.UTF_8));
		}
		if (EventCodec.decode(headers, record.value()) instanceof Decoding.Decoded decoded
				&& decoded.event() instanceof AliasUpdated moved) {
			moves.add(moved);
		}
	}

}
