package io.livecd.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.livecd.common.event.HostTaskRequested;
import io.livecd.common.event.LivecdEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.ContainerProperties.AckMode;

/**
 * What the shared Kafka setup promises: an idempotent producer that waits for every
 * replica, and a listener whose offset is committed only once its work returned, so work
 * that fails midway is delivered again.
 */
@SpringBootTest(classes = { EventsTestApplication.class, DeliveryGuaranteesIT.Worker.class },
		properties = { "livecd.events.partitions=1", "livecd.events.retry.initial-interval=100ms" })
class DeliveryGuaranteesIT {

	private static final String GROUP = "kafka-events-it-worker";

	@Autowired
	ProducerFactory<String, byte[]> producers;

	@Autowired
	ConsumerFactory<String, byte[]> consumers;

	@Autowired
	ConcurrentKafkaListenerContainerFactory<String, byte[]> listeners;

	@Autowired
	EventPublisher publisher;

	@Autowired
	EventTopics topics;

	@Autowired
	Worker worker;

	@Autowired
	Environment environment;

	@Test
	void shouldProduceIdempotentlyWithAcksAllGiveUpWithThePublisherAndNeverAutoCommit() {
		assertThat(this.producers.getConfigurationProperties()).containsEntry(ProducerConfig.ACKS_CONFIG, "all")
			.containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
			.containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000)
			.containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000L);
		assertThat(this.consumers.getConfigurationProperties()).containsEntry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
				false);
		assertThat(this.listeners.getContainerProperties().getAckMode()).isEqualTo(AckMode.RECORD);
	}

	@Test
	void shouldCommitTheOffsetOnlyAfterTheWorkIsDoneAndDeliverFailedWorkAgain() throws Exception {
		HostTaskRequested slow = task("slow.example.net");
		HostTaskRequested failing = task("failing.example.net");

		this.publisher.publish(slow);
		await().atMost(Duration.ofSeconds(60)).until(() -> this.worker.started.contains(slow));
		assertThat(committed()).as("offset while the work is in progress").isZero();
		this.worker.release.countDown();
		await().untilAsserted(() -> assertThat(committed()).isEqualTo(1));

		this.publisher.publish(failing);
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(committed()).isEqualTo(2));
		assertThat(this.worker.started).containsExactly(slow, failing, failing);
		assertThat(this.worker.done).containsExactly(slow, failing);
	}

	private long committed() throws Exception {
		try (Admin admin = Admin.create(
				Map.of("bootstrap.servers", this.environment.getRequiredProperty("spring.kafka.bootstrap-servers")))) {
			Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(this.topics.group(GROUP))
				.partitionsToOffsetAndMetadata()
				.get();
			OffsetAndMetadata offset = offsets.get(new TopicPartition(this.topics.ops(), 0));
			return (offset != null) ? offset.offset() : 0;
		}
	}

	private static HostTaskRequested task(String host) {
		return new HostTaskRequested(UUID.randomUUID().toString(), Instant.now(), host, "hwtest", "it");
	}

	/**
	 * A use case behind a listener: waits for the test on the slow host, fails its first
	 * attempt on the failing one.
	 */
	@Configuration(proxyBeanMethods = false)
	static class Worker {

		final List<LivecdEvent> started = new CopyOnWriteArrayList<>();

		final List<LivecdEvent> done = new CopyOnWriteArrayList<>();

		final CountDownLatch release = new CountDownLatch(1);

		@KafkaListener(topics = "#{@livecdTopics.ops()}", groupId = GROUP)
		void on(ConsumerRecord<String, byte[]> record) throws InterruptedException {
			HostTaskRequested task = (HostTaskRequested) IncomingEvents.decode(record).orElseThrow();
			this.started.add(task);
			if (task.host().startsWith("slow") && !this.release.await(60, TimeUnit.SECONDS)) {
				throw new IllegalStateException("never released");
			}
			if (task.host().startsWith("failing") && this.started.stream().filter(task::equals).count() == 1) {
				throw new IllegalStateException("the work failed midway");
			}
			this.done.add(task);
		}

	}

}
