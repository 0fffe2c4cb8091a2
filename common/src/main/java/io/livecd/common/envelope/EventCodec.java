package io.livecd.common.envelope;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.livecd.common.event.EventType;
import io.livecd.common.event.LivecdEvent;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns events into CloudEvents (binary mode, JSON data) and back. Decoding never throws:
 * a consumer gets a {@link Decoding} it can act on without a try block.
 */
public final class EventCodec {

	/** Larger payloads are poison: no event of ours comes near this. */
	public static final int MAX_PAYLOAD_BYTES = 1024 * 1024;

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.changeDefaultPropertyInclusion((include) -> include.withValueInclusion(JsonInclude.Include.ALWAYS))
		.build();

	private final String source;

	/**
	 * @param source the emitting service, the CloudEvents {@code source}
	 */
	public EventCodec(String source) {
		this.source = source;
	}

	public EncodedEvent encode(LivecdEvent event) {
		EventType type = EventType.of(event);
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1);
		headers.put(CloudEventHeaders.ID, event.id());
		headers.put(CloudEventHeaders.SOURCE, this.source);
		headers.put(CloudEventHeaders.TYPE, type.type());
		headers.put(CloudEventHeaders.TIME, event.time().toString());
		headers.put(CloudEventHeaders.SUBJECT, event.subject());
		headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
		return new EncodedEvent(type.topic(), event.subject(), headers, JSON.writeValueAsBytes(event));
	}

	/**
	 * The record as its JSON payload, without the envelope (for golden files and logs).
	 */
	public static String toJson(LivecdEvent event) {
		return JSON.writeValueAsString(event);
	}

	public static Decoding decode(Map<String, String> headers, byte[] payload) {
		Optional<String> missing = CloudEventHeaders.REQUIRED.stream()
			.filter((h) -> !headers.containsKey(h))
			.findFirst();
		if (missing.isPresent()) {
			return new Decoding.Malformed("header " + missing.get() + " is missing");
		}
		if (!CloudEventHeaders.SPEC_VERSION_1.equals(headers.get(CloudEventHeaders.SPEC_VERSION))) {
			return new Decoding.Malformed(
					"unsupported CloudEvents specversion " + headers.get(CloudEventHeaders.SPEC_VERSION));
		}
		Optional<EventType> type = EventType.of(headers.get(CloudEventHeaders.TYPE));
		if (type.isEmpty()) {
			return new Decoding.UnknownType(headers.get(CloudEventHeaders.TYPE));
		}
		if (payload == null || payload.length == 0) {
			return new Decoding.Malformed("payload is empty");
		}
		if (payload.length > MAX_PAYLOAD_BYTES) {
			return new Decoding.Malformed("payload of " + payload.length + " bytes exceeds " + MAX_PAYLOAD_BYTES);
		}
		return decodePayload(type.get(), headers, payload);
	}

	private static Decoding decodePayload(EventType type, Map<String, String> headers, byte[] payload) {
		LivecdEvent event;
		try {
			event = JSON.readValue(payload, type.recordType());
		}
		catch (JacksonException | IllegalArgumentException ex) {
			return new Decoding.Malformed(type.type() + " payload is invalid: " + rootMessage(ex));
		}
		if (event == null) {
			return new Decoding.Malformed(type.type() + " payload is null");
		}
		Optional<String> mismatch = headerMismatch(event, headers);
		if (mismatch.isPresent()) {
			return new Decoding.Malformed(mismatch.get());
		}
		return new Decoding.Decoded(event, headers.get(CloudEventHeaders.SOURCE));
	}

	private static Optional<String> headerMismatch(LivecdEvent event, Map<String, String> headers) {
		if (!event.id().equals(headers.get(CloudEventHeaders.ID))) {
			return Optional.of("ce_id does not match the payload id");
		}
		if (!event.subject().equals(headers.get(CloudEventHeaders.SUBJECT))) {
			return Optional.of("ce_subject does not match the payload");
		}
		try {
			Instant.parse(headers.get(CloudEventHeaders.TIME));
		}
		catch (DateTimeParseException ex) {
			return Optional.of("ce_time is not an RFC 3339 timestamp");
		}
		return Optional.empty();
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
		int newline = message.indexOf('\n');
		return (newline > 0) ? message.substring(0, newline) : message;
	}

}
