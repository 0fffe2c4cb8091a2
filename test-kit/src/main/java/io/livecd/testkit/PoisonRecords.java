package io.livecd.testkit;

import io.livecd.common.envelope.CloudEventHeaders;
import io.livecd.common.envelope.EncodedEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Records no consumer can read, made from a good event's envelope so that only one thing
 * is wrong with each: invalid JSON, CloudEvents {@code specversion} 2.0, a payload with
 * only its id (the required fields missing).
 */
public final class PoisonRecords {

	/** The reasons a consumer gives for {@link #of}'s records, in their order. */
	public static final List<String> REASONS = List.of("payload is invalid", "unsupported CloudEvents specversion 2.0",
			"payload is invalid");

	private PoisonRecords() {
	}

	/**
	 * @param topic the full topic name (with any prefix)
	 * @param template a good event's envelope, whose key and headers the poison keeps
	 * @param id the good event's id
	 */
	public static List<ProducerRecord<String, byte[]>> of(String topic, EncodedEvent template, String id) {
		return List.of(record(topic, template, Map.of(), "{\"id\":".getBytes(StandardCharsets.UTF_8)),
				record(topic, template, Map.of(CloudEventHeaders.SPEC_VERSION, "2.0"), template.payload()),
				record(topic, template, Map.of(), ("{\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8)));
	}

	/** A record of the template's key and headers, some replaced, and another payload. */
	public static ProducerRecord<String, byte[]> record(String topic, EncodedEvent template,
			Map<String, String> headers, byte[] payload) {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, template.key(), payload);
		template.headers()
			.forEach((name, value) -> record.headers()
				.add(name, headers.getOrDefault(name, value).getBytes(StandardCharsets.UTF_8)));
		return record;
	}

}
