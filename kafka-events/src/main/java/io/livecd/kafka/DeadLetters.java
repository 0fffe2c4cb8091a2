package io.livecd.kafka;

import io.livecd.common.envelope.EventCodec;
import io.livecd.common.event.Topics;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * Publishes what a listener gave up on to {@code <topic>.DLT}. A payload larger than
 * {@link #MAX_KEPT_BYTES} is left out (header {@value DeadLetterHeaders#DROPPED_BYTES}
 * gives its size): the dead letter must fit in a record of the broker's default size
 * together with its headers, or publishing it fails and the listener retries the poison
 * forever. The bytes stay in the original topic, at the offset the
 * {@code kafka_dlt-original-*} headers name.
 */
final class DeadLetters extends DeadLetterPublishingRecoverer {

	/** Half the largest event payload: room for the headers in a 1 MB record. */
	static final int MAX_KEPT_BYTES = EventCodec.MAX_PAYLOAD_BYTES / 2;

	DeadLetters(KafkaTemplate<String, byte[]> kafkaTemplate) {
		super(kafkaTemplate, (record, ex) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
	}

	@Override
	protected ProducerRecord<Object, Object> createProducerRecord(ConsumerRecord<?, ?> record,
			TopicPartition topicPartition, Headers headers, byte[] key, byte[] value) {
		if (value == null && record.value() instanceof byte[] payload && payload.length > MAX_KEPT_BYTES) {
			headers.add(DeadLetterHeaders.DROPPED_BYTES,
					Integer.toString(payload.length).getBytes(StandardCharsets.UTF_8));
			return new ProducerRecord<>(topicPartition.topic(),
					(topicPartition.partition() < 0) ? null : topicPartition.partition(), record.timestamp(),
					(key != null) ? key : record.key(), null, headers);
		}
		return super.createProducerRecord(record, topicPartition, headers, key, value);
	}

}
