package io.livecd.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assigns every partition of the topics, from the beginning, and remembers where the log
 * ended at that moment: once the consumer has passed those offsets, the replay is over.
 * For readers that rebuild their state from the log without a consumer group. A topic
 * that does not exist yet is waited for.
 */
public final class ReplayProgress {

	private static final Logger log = LoggerFactory.getLogger(ReplayProgress.class);

	private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(10);

	private final Map<TopicPartition, Long> end;

	private boolean reached;

	private ReplayProgress(Map<TopicPartition, Long> end) {
		this.end = end;
	}

	/**
	 * @param consumer one without a group, whose assignment this takes over
	 * @param topics the topics to read
	 * @param running whether to go on waiting for a topic that does not exist yet
	 * @return the replay, positioned at the beginning of every partition
	 */
	public static ReplayProgress start(Consumer<?, ?> consumer, List<String> topics, BooleanSupplier running) {
		List<TopicPartition> partitions = new ArrayList<>();
		for (String topic : topics) {
			List<PartitionInfo> infos = consumer.partitionsFor(topic, METADATA_TIMEOUT);
			if ((infos == null || infos.isEmpty()) && running.getAsBoolean()) {
				log.warn("Topic {} does not exist yet; waiting for it before replaying", topic);
			}
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

	/** How many records are left to read before the end of the start. */
	public long remaining(Consumer<?, ?> consumer) {
		return this.end.entrySet()
			.stream()
			.mapToLong((entry) -> Math.max(0, entry.getValue() - consumer.position(entry.getKey())))
			.sum();
	}

	/**
	 * True exactly once: the first time every partition is past its end offset of the
	 * start.
	 */
	public boolean reachedEnd(Consumer<?, ?> consumer) {
		if (this.reached) {
			return false;
		}
		this.reached = this.end.entrySet()
			.stream()
			.allMatch((entry) -> consumer.position(entry.getKey()) >= entry.getValue());
		return this.reached;
	}

}
