package io.livecd.foreman.it;

import io.livecd.common.envelope.EventCodec;
import io.livecd.foreman.ForemanBridgeApplication;
import io.livecd.kafka.EventPublisher;
import io.livecd.kafka.EventTopics;
import io.livecd.testkit.Infrastructure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Bridges started and stopped inside a test, the way a deployment runs them, on the test
 * kit's broker and on topics of the given prefix.
 */
final class Bridges {

	private Bridges() {
	}

	/** Starts the bridge; {@code extra} are further {@code --key=value} arguments. */
	static ConfigurableApplicationContext start(TestForeman foreman, String topicPrefix, String... extra) {
		List<String> args = new ArrayList<>();
		args.add("--spring.kafka.bootstrap-servers=" + Infrastructure.shared().kafkaBootstrap());
		args.add("--livecd.events.topic-prefix=" + topicPrefix);
		args.add("--server.port=0");
		foreman.settings().forEach((key, value) -> args.add("--" + key + "=" + value));
		args.addAll(List.of(extra));
		return new SpringApplicationBuilder(ForemanBridgeApplication.class).run(args.toArray(String[]::new));
	}

	/** A publisher of its own, for events published while no bridge runs. */
	static Publisher publisher(String topicPrefix) {
		DefaultKafkaProducerFactory<String, byte[]> producers = new DefaultKafkaProducerFactory<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.shared().kafkaBootstrap(),
						ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
						ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
		return new Publisher(new EventPublisher(new KafkaTemplate<>(producers), new EventCodec("it"),
				new EventTopics(topicPrefix), Duration.ofSeconds(15)), producers);
	}

	/** An event publisher and the producers it owns. */
	record Publisher(EventPublisher events,
			DefaultKafkaProducerFactory<String, byte[]> producers) implements AutoCloseable {

		@Override
		public void close() {
			this.producers.destroy();
		}

	}

}
