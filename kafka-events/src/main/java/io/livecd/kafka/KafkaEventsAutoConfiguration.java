package io.livecd.kafka;

import io.livecd.common.envelope.EventCodec;
import io.livecd.common.event.Topics;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.ContainerProperties.AckMode;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * The Kafka setup every service shares, so none copies it: CloudEvents bytes in and out,
 * an idempotent producer with {@code acks=all}, offsets committed per record only after
 * the listener returned, retries with back-off, and a dead-letter topic for what still
 * fails, with the reason in its headers.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(EventsProperties.class)
class KafkaEventsAutoConfiguration {

	@Bean
	EventTopics livecdTopics(EventsProperties properties) {
		return new EventTopics(properties.topicPrefix());
	}

	@Bean
	ProducerFactory<String, byte[]> kafkaProducerFactory(KafkaProperties kafka, EventsProperties properties) {
		Map<String, Object> config = kafka.buildProducerProperties();
		config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		// A publish that was not acknowledged within the send timeout is given up by the
		// producer too, so the caller's retry is not followed by a late second copy.
		long timeout = properties.sendTimeout().toMillis();
		config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
		config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout);
		config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(30_000, timeout / 2));
		return new DefaultKafkaProducerFactory<>(config);
	}

	@Bean
	KafkaTemplate<String, byte[]> kafkaTemplate(ProducerFactory<String, byte[]> producerFactory) {
		return new KafkaTemplate<>(producerFactory);
	}

	@Bean
	ConsumerFactory<String, byte[]> kafkaConsumerFactory(KafkaProperties kafka) {
		Map<String, Object> config = kafka.buildConsumerProperties();
		config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		return new DefaultKafkaConsumerFactory<>(config);
	}

	@Bean
	DefaultErrorHandler livecdErrorHandler(KafkaTemplate<String, byte[]> kafkaTemplate, EventsProperties properties) {
		DeadLetterPublishingRecoverer recoverer = new DeadLetters(kafkaTemplate);
		recoverer.setHeadersFunction((record,
				ex) -> new RecordHeaders(List.of(
						new RecordHeader(DeadLetterHeaders.REASON, reason(ex).getBytes(StandardCharsets.UTF_8)),
						new RecordHeader(DeadLetterHeaders.GROUP, groupId().getBytes(StandardCharsets.UTF_8)))));
		ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(properties.retry().attempts());
		backOff.setInitialInterval(properties.retry().initialInterval().toMillis());
		backOff.setMaxInterval(properties.retry().maxInterval().toMillis());
		DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
		handler.addNotRetryableExceptions(PoisonEventException.class);
		return handler;
	}

	@Bean
	ConcurrentKafkaListenerContainerFactory<String, byte[]> kafkaListenerContainerFactory(
			ConsumerFactory<String, byte[]> consumerFactory, DefaultErrorHandler livecdErrorHandler,
			EventTopics livecdTopics) {
		ConcurrentKafkaListenerContainerFactory<String, byte[]> factory = new ConcurrentKafkaListenerContainerFactory<>();
		factory.setConsumerFactory(consumerFactory);
		factory.setContainerCustomizer((container) -> {
			if (container.getGroupId() != null) {
				container.getContainerProperties().setGroupId(livecdTopics.group(container.getGroupId()));
			}
		});
		factory.setCommonErrorHandler(livecdErrorHandler);
		factory.getContainerProperties().setAckMode(AckMode.RECORD);
		return factory;
	}

	@Bean
	EventPublisher eventPublisher(KafkaTemplate<String, byte[]> kafkaTemplate, EventTopics livecdTopics,
			EventsProperties properties, Environment environment) {
		String source = environment.getProperty("spring.application.name", "livecd");
		return new EventPublisher(kafkaTemplate, new EventCodec(source), livecdTopics, properties.sendTimeout());
	}

	@Bean
	KafkaAdmin.NewTopics livecdNewTopics(EventTopics livecdTopics, EventsProperties properties) {
		List<NewTopic> topics = new ArrayList<>();
		for (String topic : Topics.ALL) {
			String name = livecdTopics.of(topic);
			Optional<Integer> partitions = Optional.of(properties.partitions());
			topics.add(new NewTopic(name, partitions, Optional.empty()).configs(Topics.settings(topic)));
			topics.add(new NewTopic(Topics.deadLetter(name), partitions, Optional.empty()));
		}
		return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
	}

	private static String reason(Exception ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && !(cause instanceof PoisonEventException)) {
			cause = cause.getCause();
		}
		return (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getName();
	}

	private static String groupId() {
		String group = KafkaUtils.getConsumerGroupId();
		return (group != null) ? group : "";
	}

}
