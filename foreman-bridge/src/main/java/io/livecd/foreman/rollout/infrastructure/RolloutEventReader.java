package io.livecd.foreman.rollout.infrastructure;

import io.livecd.common.event.AliasUpdated;
import io.livecd.common.event.LivecdEvent;
import io.livecd.common.event.MirrorEvicted;
import io.livecd.common.event.MirrorSynced;
import io.livecd.foreman.rollout.application.TrackingRollout;
import io.livecd.kafka.IncomingEvents;
import io.livecd.kafka.PoisonEventException;
import io.livecd.kafka.ReplayProgress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * Reads the aliases and mirrors topics from the beginning at every start, then follows
 * them: the bridge's state lives in the log, not on disk. It reads every partition itself
 * (no consumer group, no commits), because it needs all aliases and all locations
 * together; a poison record is logged and skipped.
 */
final class RolloutEventReader implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RolloutEventReader.class);

	private static final Duration POLL = Duration.ofMillis(500);

	private final ConsumerFactory<String, byte[]> consumers;

	private final List<String> topics;

	private final TrackingRollout rollout;

	private volatile Consumer<String, byte[]> consumer;

	private volatile boolean running;

	private Thread thread;

	RolloutEventReader(ConsumerFactory<String, byte[]> consumers, List<String> topics, TrackingRollout rollout) {
		this.consumers = consumers;
		this.topics = List.copyOf(topics);
		this.rollout = rollout;
	}

	@Override
	public void start() {
		this.running = true;
		this.thread = new Thread(this::run, "foreman-rollout-reader");
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
		try {
			this.thread.join(TimeUnit.SECONDS.toMillis(10));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void run() {
		try (Consumer<String, byte[]> opened = this.consumers.createConsumer(null, "foreman-bridge-rollout", null)) {
			this.consumer = opened;
			ReplayProgress progress = ReplayProgress.start(opened, this.topics, () -> this.running);
			log.info("Replaying {} from the beginning ({} records)", this.topics, progress.remaining(opened));
			while (this.running) {
				for (ConsumerRecord<String, byte[]> record : opened.poll(POLL)) {
					handle(record);
				}
				if (progress.reachedEnd(opened)) {
					log.info("Replay of {} complete; following new events", this.topics);
					this.rollout.caughtUp();
				}
			}
		}
		catch (WakeupException ex) {
			log.debug("Rollout reader woken up to stop");
		}
		catch (RuntimeException ex) {
			log.error("The rollout reader stopped; the bridge no longer follows aliases and mirrors", ex);
		}
	}

	private void handle(ConsumerRecord<String, byte[]> record) {
		if (record.value() == null) {
			return;
		}
		try {
			Optional<LivecdEvent> event = IncomingEvents.decode(record);
			event.ifPresent(this::dispatch);
		}
		catch (PoisonEventException ex) {
			log.warn("Skipping malformed event at {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
					ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.error("Handling the event at {}-{}@{} failed", record.topic(), record.partition(), record.offset(), ex);
			LockSupport.parkNanos(POLL.toNanos());
		}
	}

	private void dispatch(LivecdEvent event) {
		if (event instanceof AliasUpdated aliasUpdated) {
			this.rollout.on(aliasUpdated);
		}
		else if (event instanceof MirrorSynced synced) {
			this.rollout.on(synced);
		}
		else if (event instanceof MirrorEvicted evicted) {
			this.rollout.on(evicted);
		}
	}

}
