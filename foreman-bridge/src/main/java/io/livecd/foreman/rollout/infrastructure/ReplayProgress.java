package io.livecd.foreman.rollout.infrastructure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * Assigns every partition of the topics, from the beginning, and remembers where the log
 * ended at that moment: once the consumer has passed those offsets, the replay is over.
 */
final class ReplayProgress {

	private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(10);

	private final Map<TopicPartition, Long> end;

	private boolean reached;

	private ReplayProgress(Map<TopicPartition, Long> end) {
		this.end = end;
	}

	static ReplayProgress start(Consumer<String, byte[]> consumer, List<String> topics, BooleanSupplier running) {
		List<TopicPartition> partitions = new ArrayList<>();
		for (String topic : topics) {
			List<PartitionInfo> infos = consumer.partitionsFor(topic, METADATA_TIMEOUT);
			while ((infos == null || infos.isEmpty()) && running.getAsBoolean()) {
				LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
				infos = consumer.partitionsFor(topic, METADATA_TIMEOUT);
			}
			if (infos != null) {
				infos.forEach((info) -> partitions.add(new TopicPartition(info.topic(), info.partition())));
			}
		}
		consumer.assign(partitions);
		consumer.seekToBeginning(partitions);
		return new ReplayProgress(consumer.endOffsets(partitions));
	}

	long remaining(Consumer<String, byte[]> consumer) {
		return this.end.entrySet()
			.stream()
			.mapToLong((entry) -> Math.max(0, entry.getValue() - consumer.position(entry.getKey())))
			.sum();
	}

	/**
	 * True exactly once: the first time every partition is past its end offset of the
	 * start.
	 */
	boolean reachedEnd(Consumer<String, byte[]> consumer) {
		if (this.reached) {
			return false;
		}
		this.reached = this.end.entrySet()
			.stream()
			.allMatch((entry) -> consumer.position(entry.getKey()) >= entry.getValue());
		return this.reached;
	}

}
