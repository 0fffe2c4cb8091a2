package io.livecd.foremansim.application;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** JSON in Foreman's forms: insertion-ordered objects and its two time formats. */
final class Json {

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	/** Rabl views: {@code 2026-11-20 10:00:00 UTC}. */
	private static final DateTimeFormatter VIEW_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	/** Raw records ({@code to_json}): ISO 8601 with milliseconds. */
	private static final DateTimeFormatter RAW_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private Json() {
	}

	static ObjectNode object() {
		return MAPPER.createObjectNode();
	}

	static ArrayNode array() {
		return MAPPER.createArrayNode();
	}

	static String viewTime(Instant instant) {
		return VIEW_TIME.format(instant);
	}

	static String rawTime(Instant instant) {
		return RAW_TIME.format(instant);
	}

	static byte[] bytes(JsonNode node) {
		return MAPPER.writeValueAsBytes(node);
	}

	static JsonNode parse(byte[] body) {
		return MAPPER.readTree(body);
	}

}
