package io.livecd.kafka;

import io.livecd.common.envelope.EncodedEvent;
import io.livecd.common.envelope.EventCodec;
import io.livecd.common.event.LivecdEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes events as CloudEvents and waits for the broker: a caller that returns has its
 * event durably in the log (the producer is idempotent with {@code acks=all}).
 */
public class EventPublisher {

	/**
	 * Past the send timeout the producer fails the record itself; this much longer the
	 * publisher waits to learn that outcome.
	 */
	private static final Duration OUTCOME_GRACE = Duration.ofSeconds(5);

	private final KafkaTemplate<String, byte[]> kafka;

	private final EventCodec codec;

	private final EventTopics topics;

	private final Duration timeout;

	public EventPublisher(KafkaTemplate<String, byte[]> kafka, EventCodec codec, EventTopics topics, Duration timeout) {
		this.kafka = kafka;
		this.codec = codec;
		this.topics = topics;
		this.timeout = timeout;
	}

	/** Publishes on the event type's own topic. */
	public void publish(LivecdEvent event) {
		EncodedEvent encoded = this.codec.encode(event);
		send(encoded, encoded.topic());
	}

	/** Publishes on another topic of the contract, e.g. the compacted aliases topic. */
	public void publish(LivecdEvent event, String topic) {
		send(this.codec.encode(event), topic);
	}

	private void send(EncodedEvent encoded, String topic) {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(this.topics.of(topic), encoded.key(),
				encoded.payload());
		encoded.headers().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
		try {
			this.kafka.send(record).get(this.timeout.plus(OUTCOME_GRACE).toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new EventPublishException(topic, ex);
		}
		catch (ExecutionException | TimeoutException | KafkaException ex) {
			throw new EventPublishException(topic, ex);
		}
	}

}
