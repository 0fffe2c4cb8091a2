package io.livecd.foremansim.application;

import tools.jackson.databind.node.ObjectNode;

/**
 * Foreman's error answers ({@code app/views/api/v2/errors/*.rabl} inside
 * {@code error_layout}, and the few that render JSON directly).
 */
final class Errors {

	private Errors() {
	}

	/** {@code {"error":{"message":…}}}. */
	static Reply error(int status, String message) {
		ObjectNode body = Json.object();
		body.putObject("error").put("message", message);
		return Reply.json(status, body);
	}

	/** {@code {"message":…}} without the wrapper. */
	static Reply message(int status, String message) {
		ObjectNode body = Json.object();
		body.put("message", message);
		return Reply.json(status, body);
	}

	static Reply notFound(String resource, String id) {
		return error(404, "Resource " + resource + " not found by id '" + ((id != null) ? id : "") + "'");
	}

	static Reply unauthorized(String login) {
		return error(401, "Unable to authenticate user " + ((login != null) ? login : ""));
	}

	static Reply taxonomyNotFound(String taxonomy, String id) {
		return message(404,
				Character.toUpperCase(taxonomy.charAt(0)) + taxonomy.substring(1) + " with id " + id + " not found");
	}

	static Reply unsupportedMediaType(String contentType) {
		return error(415, "Media type in 'Content-Type: " + ((contentType != null) ? contentType : "")
				+ "' is unsupported in API v2 for POST and PUT requests. Please use 'Content-Type: application/json'.");
	}

	static Reply malformedJson(String body) {
		String shown = (body.length() > 200) ? body.substring(0, 200) : body;
		ObjectNode reply = Json.object();
		reply.put("status", 400);
		reply.put("error", "There was a problem in the JSON you submitted: unexpected token at '" + shown + "'");
		return Reply.json(400, reply);
	}

	static Reply queryNotSupported(String message) {
		ObjectNode body = Json.object();
		ObjectNode error = body.putObject("error");
		error.put("message", message);
		error.put("class", "ScopedSearch::QueryNotSupported");
		return Reply.json(400, body);
	}

	static Reply unprocessable(io.livecd.foremansim.model.Saved.Invalid invalid) {
		ObjectNode body = Json.object();
		ObjectNode error = body.putObject("error");
		if (invalid.id() != null) {
			error.put("id", invalid.id());
		}
		else {
			error.putNull("id");
		}
		ObjectNode errors = error.putObject("errors");
		invalid.errors().forEach((attribute, messages) -> messages.forEach(errors.withArray(attribute)::add));
		invalid.fullMessages().forEach(error.putArray("full_messages")::add);
		return Reply.json(422, body);
	}

}
