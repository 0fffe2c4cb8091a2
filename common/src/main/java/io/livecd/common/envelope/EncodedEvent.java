package io.livecd.common.envelope;

import java.util.Map;

/**
 * An event ready for Kafka: the topic (without any deployment prefix), the record key,
 * the CloudEvents headers and the JSON payload.
 */
public record EncodedEvent(String topic, String key, Map<String, String> headers, byte[] payload) {

	public EncodedEvent {
		headers = Map.copyOf(headers);
	}

}
