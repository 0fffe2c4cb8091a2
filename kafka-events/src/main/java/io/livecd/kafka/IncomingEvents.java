package io.livecd.kafka;

import io.livecd.common.envelope.Decoding;
import io.livecd.common.envelope.EventCodec;
import io.livecd.common.event.LivecdEvent;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unwraps a consumed record for a listener: the event, nothing for a type this version
 * does not know, or a {@link PoisonEventException} that sends the record to the
 * dead-letter topic without retries.
 */
public final class IncomingEvents {

	private static final Logger log = LoggerFactory.getLogger(IncomingEvents.class);

	private IncomingEvents() {
	}

	public static Optional<LivecdEvent> decode(ConsumerRecord<String, byte[]> record) {
		Decoding decoding = EventCodec.decode(headers(record), record.value());
		if (decoding instanceof Decoding.Decoded decoded) {
			return Optional.of(decoded.event());
		}
		if (decoding instanceof Decoding.UnknownType unknown) {
			log.debug("Skipping event of unknown type {} at {}-{}@{}", unknown.type(), record.topic(),
					record.partition(), record.offset());
			return Optional.empty();
		}
		throw new PoisonEventException(((Decoding.Malformed) decoding).reason());
	}

	private static Map<String, String> headers(ConsumerRecord<String, byte[]> record) {
		Map<String, String> headers = new HashMap<>();
		for (Header header : record.headers()) {
			if (header.value() != null) {
				headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
			}
		}
		return headers;
	}

}
