package io.livecd.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import io.livecd.common.envelope.CloudEventHeaders;
import io.livecd.common.envelope.EncodedEvent;
import io.livecd.common.envelope.EventCodec;
import io.livecd.common.event.AliasUpdateReason;
import io.livecd.common.event.AliasUpdated;
import io.livecd.common.event.EventFixtures;
import io.livecd.common.event.EventType;
import io.livecd.common.event.HostTaskRequested;
import io.livecd.common.event.LivecdEvent;
import io.livecd.common.event.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Poison on every topic of the contract, each followed by a good event: every poison
 * record is dead-lettered with its reason and the listener's group, and the good event
 * after it is consumed.
 */
@SpringBootTest(classes = EventsTestApplication.class, properties = "livecd.events.partitions=1")
class PoisonEventsIT {

	private static final int TEN_MB = 10 * 1024 * 1024;

	@Autowired
	KafkaTemplate<String, byte[]> kafka;

	@Autowired
	EventPublisher publisher;

	@Autowired
	EventTopics topics;

	@Autowired
	EventsTestApplication.Received received;

	@Autowired
	Environment environment;

	@Test
	void shouldDeadLetterEveryKindOfPoisonOnEveryTopicAndKeepConsuming() throws Exception {
		Map<String, LivecdEvent> goodAfter = new HashMap<>();
		for (LivecdEvent event : EventFixtures.oneOfEach().values()) {
			goodAfter.putIfAbsent(EventType.of(event).topic(), event);
		}
		goodAfter.put(Topics.ALIASES, new AliasUpdated("id-alias-compacted", EventFixtures.TIME, "speedtest.squashfs",
				null, EventFixtures.aTarget(43), AliasUpdateReason.PUBLISH, "repo-service"));
		assertThat(goodAfter).containsOnlyKeys(Topics.ALL);
		for (Map.Entry<String, LivecdEvent> entry : goodAfter.entrySet()) {
			LivecdEvent good = entry.getValue();
			EncodedEvent template = new EventCodec("it").encode(good);
			String topic = this.topics.of(entry.getKey());
			send(topic, template, Map.of(), "{\"id\":".getBytes(StandardCharsets.UTF_8));
			send(topic, template, Map.of(CloudEventHeaders.SPEC_VERSION, "2.0"), template.payload());
			send(topic, template, Map.of(), ("{\"id\":\"" + good.id() + "\"}").getBytes(StandardCharsets.UTF_8));
			send(topic, template, Map.of(CloudEventHeaders.ID, ""), template.payload());
			this.publisher.publish(good, entry.getKey());
		}

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(this.received.events).containsAll(goodAfter.values());
			assertThat(notOversized()).hasSize(4 * goodAfter.size());
		});
		for (String topic : goodAfter.keySet()) {
			assertThat(notOversized())
				.filteredOn((record) -> record.topic().equals(Topics.deadLetter(this.topics.of(topic))))
				.extracting((record) -> header(record, DeadLetterHeaders.REASON))
				.satisfiesExactly((reason) -> assertThat(reason).contains("payload is invalid"),
						(reason) -> assertThat(reason).isEqualTo("unsupported CloudEvents specversion 2.0"),
						(reason) -> assertThat(reason).contains("payload is invalid"),
						(reason) -> assertThat(reason).isEqualTo("ce_id does not match the payload id"));
		}
		assertThat(this.received.deadLetters).allSatisfy((record) -> assertThat(header(record, DeadLetterHeaders.GROUP))
			.isEqualTo(this.topics.group("kafka-events-it")));
	}

	@Test
	void shouldRefuseToPublishATenMegabyteEventWithTheBrokerDefaults() {
		LivecdEvent huge = new HostTaskRequested("id-huge", EventFixtures.TIME, "node1.ams.example.net", "hwtest",
				"x".repeat(TEN_MB));

		assertThatExceptionOfType(EventPublishException.class).isThrownBy(() -> this.publisher.publish(huge))
			.withRootCauseInstanceOf(RecordTooLargeException.class);
	}

	@Test
	void shouldDeadLetterATenMegabytePayloadThatATopicAllowedWithoutItsBytes() throws Exception {
		LivecdEvent good = EventFixtures.oneOfEach().get(EventType.MIRROR_SYNCED);
		EncodedEvent template = new EventCodec("it").encode(good);
		String topic = this.topics.of(template.topic());
		allowLargeRecords(topic);
		byte[] huge = ("{\"id\":\"" + good.id() + "\",\"padding\":\"" + "x".repeat(TEN_MB) + "\"}")
			.getBytes(StandardCharsets.UTF_8);
		try (KafkaProducer<String, byte[]> large = largeProducer()) {
			ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, template.key(), huge);
			template.headers()
				.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
			large.send(record).get();
		}
		this.publisher.publish(good);

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(this.received.events).contains(good);
			assertThat(this.received.deadLetters)
				.filteredOn((record) -> record.topic().equals(Topics.deadLetter(topic)))
				.filteredOn((record) -> header(record, DeadLetterHeaders.REASON).startsWith("payload of "))
				.singleElement()
				.satisfies((record) -> {
					assertThat(header(record, DeadLetterHeaders.REASON))
						.isEqualTo("payload of " + huge.length + " bytes exceeds " + EventCodec.MAX_PAYLOAD_BYTES);
					assertThat(record.value()).isNull();
					assertThat(header(record, DeadLetterHeaders.DROPPED_BYTES))
						.isEqualTo(Integer.toString(huge.length));
					assertThat(header(record, "kafka_dlt-original-topic")).isEqualTo(topic);
				});
		});
	}

	private List<ConsumerRecord<String, byte[]>> notOversized() {
		return this.received.deadLetters.stream()
			.filter((record) -> !header(record, DeadLetterHeaders.REASON).startsWith("payload of "))
			.toList();
	}

	private void send(String topic, EncodedEvent template, Map<String, String> overrides, byte[] payload)
			throws Exception {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, template.key(), payload);
		Map<String, String> headers = new HashMap<>(template.headers());
		headers.putAll(overrides);
		headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
		this.kafka.send(record).get();
	}

	private void allowLargeRecords(String topic) throws Exception {
		try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap()))) {
			ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
			admin.incrementalAlterConfigs(Map.of(resource,
					List.of(new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "16777216"),
							AlterConfigOp.OpType.SET))))
				.all()
				.get();
		}
	}

	private KafkaProducer<String, byte[]> largeProducer() {
		return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
				ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16777216), new StringSerializer(), new ByteArraySerializer());
	}

	private String bootstrap() {
		return this.environment.getRequiredProperty("spring.kafka.bootstrap-servers");
	}

	private static String header(ConsumerRecord<String, byte[]> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

}
