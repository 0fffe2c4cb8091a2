package io.livecd.foremansim.application;

import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;

/**
 * What the simulator answers.
 *
 * @param status the HTTP status
 * @param contentType the body's media type
 * @param body the body
 */
public record Reply(int status, String contentType, byte[] body) {

	static final String JSON = "application/json; charset=utf-8";

	static Reply json(int status, JsonNode body) {
		return new Reply(status, JSON, Json.bytes(body));
	}

	static Reply text(int status, String body) {
		return new Reply(status, "text/plain; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
	}

	public String bodyText() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

}
