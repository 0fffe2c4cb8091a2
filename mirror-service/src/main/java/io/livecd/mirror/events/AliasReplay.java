package io.livecd.mirror.events;

import io.livecd.kafka.IncomingEvents;
import io.livecd.kafka.PoisonEventException;
import io.livecd.kafka.ReplayProgress;
import io.livecd.mirror.status.Readiness;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * Start-up: reads the compacted aliases topic from its beginning to its current end, so
 * the alias table is complete before the mirror reports ready, whatever offsets the
 * consumer group had committed.
 */
final class AliasReplay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(AliasReplay.class);

	private static final Duration POLL = Duration.ofMillis(200);

	private final ConsumerFactory<String, byte[]> consumers;

	private final String topic;

	private final RepoEvents events;

	private final Readiness readiness;

	private volatile boolean running;

	private volatile Consumer<String, byte[]> consumer;

	private Thread thread;

	AliasReplay(ConsumerFactory<String, byte[]> consumers, String topic, RepoEvents events, Readiness readiness) {
		this.consumers = consumers;
		this.topic = topic;
		this.events = events;
		this.readiness = readiness;
	}

	@Override
	public void start() {
		this.running = true;
		this.thread = new Thread(this::replayUntilDone, "alias-replay");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public void stop() {
		this.running = false;
		Consumer<String, byte[]> current = this.consumer;
		if (current != null) {
			current.wakeup();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void replayUntilDone() {
		while (this.running) {
			try (Consumer<String, byte[]> replay = this.consumers.createConsumer(null, "alias-replay", null)) {
				this.consumer = replay;
				int records = replay(replay);
				this.readiness.aliasesLoaded();
				log.info("Alias table rebuilt from {} records of {}", records, this.topic);
				return;
			}
			catch (WakeupException ex) {
				return;
			}
			catch (KafkaException ex) {
				log.warn("Replaying {} failed, trying again: {}", this.topic, ex.getMessage());
			}
			finally {
				this.consumer = null;
			}
		}
	}

	private int replay(Consumer<String, byte[]> replay) {
		ReplayProgress progress = ReplayProgress.start(replay, List.of(this.topic), () -> this.running);
		int records = 0;
		while (this.running && !progress.reachedEnd(replay)) {
			for (ConsumerRecord<String, byte[]> record : replay.poll(POLL)) {
				records++;
				try {
					IncomingEvents.decode(record).ifPresent(this.events::handle);
				}
				catch (PoisonEventException ex) {
					log.warn("Skipping malformed record {}@{}: {}", record.partition(), record.offset(),
							ex.getMessage());
				}
			}
		}
		return records;
	}

}
