package io.livecd.foreman.parameters.infrastructure;

import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Reading Foreman's answers: list results, typed values, error messages. */
final class Answers {

	private Answers() {
	}

	/** The parameter named exactly {@code name} in a list answer. */
	static Optional<JsonNode> parameter(JsonNode list, String name) {
		if (list == null || !list.has("results")) {
			return Optional.empty();
		}
		return list.get("results")
			.valueStream()
			.filter((result) -> name.equals(result.path("name").asString()))
			.findFirst();
	}

	/**
	 * The value as text: strings as they are, typed values as JSON, {@code null} as null.
	 */
	static String value(JsonNode parameter) {
		JsonNode value = parameter.get("value");
		if (value == null || value.isNull()) {
			return null;
		}
		return value.isString() ? value.stringValue() : value.toString();
	}

	/** Whether a 422 says the name is taken. */
	static boolean nameTaken(JsonNode answer) {
		if (answer == null) {
			return false;
		}
		return answer.path("error")
			.path("errors")
			.path("name")
			.valueStream()
			.anyMatch((message) -> message.asString().contains("has already been taken"));
	}

	/** Foreman's message in any of its error shapes, or the raw text. */
	static String message(JsonNode answer, String text) {
		if (answer != null) {
			JsonNode error = answer.path("error");
			if (error.isString()) {
				return error.stringValue();
			}
			if (error.path("message").isString()) {
				return error.path("message").stringValue();
			}
			if (error.path("full_messages").isArray()) {
				return String.join("; ", error.path("full_messages").valueStream().map(JsonNode::asString).toList());
			}
			if (answer.path("message").isString()) {
				return answer.path("message").stringValue();
			}
		}
		String body = (text != null) ? text.strip() : "";
		return (body.length() > 200) ? body.substring(0, 200) + "..." : body;
	}

}
