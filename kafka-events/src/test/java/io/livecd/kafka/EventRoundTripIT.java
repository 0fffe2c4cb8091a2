package io.livecd.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.livecd.common.envelope.CloudEventHeaders;
import io.livecd.common.envelope.EncodedEvent;
import io.livecd.common.envelope.EventCodec;
import io.livecd.common.event.EventFixtures;
import io.livecd.common.event.HostTaskRequested;
import io.livecd.common.event.LivecdEvent;
import io.livecd.common.event.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Every event type through the real broker and back, next to the poison a consumer must
 * survive.
 */
@SpringBootTest(classes = EventsTestApplication.class)
class EventRoundTripIT {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	@Autowired
	EventPublisher publisher;

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	EventTopics topics;

	@Autowired
	EventsTestApplication.Received received;

	@Test
	void shouldReadBackEveryTypeSkipUnknownOnesDeadLetterPoisonAndKeepConsuming() throws Exception {
		EventFixtures.oneOfEach().values().forEach(this.publisher::publish);
		EncodedEvent template = new EventCodec("it").encode(EventFixtures.aBuildCompleted());
		send(template, "livecd.build.completed.v9", template.payload());
		send(template, template.headers().get(CloudEventHeaders.TYPE), "{\"id\":".getBytes(StandardCharsets.UTF_8));
		LivecdEvent after = new HostTaskRequested(UUID.randomUUID().toString(), Instant.now(), "node1.ams.example.net",
				"hwtest", "it");
		this.publisher.publish(after);

		await().atMost(TIMEOUT).untilAsserted(() -> {
			assertThat(this.received.events).containsAll(EventFixtures.oneOfEach().values()).contains(after);
			assertThat(this.received.deadLetters).hasSize(1);
		});
		ConsumerRecord<String, byte[]> poison = this.received.deadLetters.get(0);
		assertThat(poison.topic()).isEqualTo(Topics.deadLetter(this.topics.builds()));
		assertThat(header(poison, DeadLetterHeaders.REASON)).startsWith("livecd.build.completed.v1 payload is invalid");
		assertThat(header(poison, DeadLetterHeaders.GROUP)).isEqualTo(this.topics.group("kafka-events-it"));
		assertThat(this.received.events).hasSize(EventFixtures.oneOfEach().size() + 1);
	}

	private void send(EncodedEvent template, String type, byte[] payload) throws Exception {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(this.topics.builds(), template.key(), payload);
		template.headers().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
		record.headers().remove(CloudEventHeaders.TYPE);
		record.headers().add(CloudEventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8));
		this.kafka.send(record).get();
	}

	private static String header(ConsumerRecord<String, byte[]> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

}
