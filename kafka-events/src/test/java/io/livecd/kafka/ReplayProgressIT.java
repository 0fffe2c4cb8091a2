package io.livecd.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * A replay from the beginning against the real broker: every partition read, the end of
 * the start passed exactly once, and a topic that does not exist yet waited for.
 */
@SpringBootTest(classes = EventsTestApplication.class)
class ReplayProgressIT {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	@Autowired
	ConsumerFactory<String, byte[]> consumers;

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	KafkaAdmin admin;

	@Test
	void shouldReadEveryPartitionFromTheBeginningAndSayOnceWhenItPassedTheEndOfTheStart() throws Exception {
		String topic = createTopic();
		List<String> keys = List.of("a", "b", "c", "d", "e", "f");
		for (String key : keys) {
			this.kafka.send(topic, key, new byte[] { 1 }).get();
		}
		try (Consumer<String, byte[]> consumer = consumer(new Properties())) {
			ReplayProgress progress = ReplayProgress.start(consumer, List.of(topic), () -> true);
			assertThat(consumer.assignment()).hasSize(3);
			assertThat(progress.remaining(consumer)).isEqualTo(keys.size());
			this.kafka.send(topic, "after-the-start", new byte[] { 2 }).get();

			List<String> read = new ArrayList<>();
			await().atMost(TIMEOUT).until(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach((record) -> read.add(record.key()));
				return progress.reachedEnd(consumer);
			});

			assertThat(read).containsAll(keys);
			assertThat(progress.remaining(consumer)).isZero();
			assertThat(progress.reachedEnd(consumer)).as("said only once").isFalse();
		}
	}

	@Test
	void shouldWaitForATopicThatDoesNotExistYet() throws Exception {
		String topic = "replay-it-" + UUID.randomUUID();
		Properties noAutoCreation = new Properties();
		noAutoCreation.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
		try (Consumer<String, byte[]> consumer = consumer(noAutoCreation)) {
			CompletableFuture<ReplayProgress> started = CompletableFuture
				.supplyAsync(() -> ReplayProgress.start(consumer, List.of(topic), () -> true));
			await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> !started.isDone());

			createTopic(topic);

			assertThat(started).succeedsWithin(TIMEOUT);
			assertThat(consumer.assignment()).hasSize(3);
		}
	}

	private Consumer<String, byte[]> consumer(Properties overrides) {
		return this.consumers.createConsumer(null, "replay-it", null, overrides);
	}

	private String createTopic() throws Exception {
		return createTopic("replay-it-" + UUID.randomUUID());
	}

	private String createTopic(String name) throws Exception {
		try (Admin client = Admin.create(this.admin.getConfigurationProperties())) {
			client.createTopics(List.of(new NewTopic(name, 3, (short) 1))).all().get();
		}
		return name;
	}

}
