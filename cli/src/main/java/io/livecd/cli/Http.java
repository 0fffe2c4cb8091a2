package io.livecd.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one small HTTP client of the commands: JSON in and out, a bearer token or Basic
 * credentials, and every failure as one line that names the request and the server's
 * problem detail.
 */
final class Http {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** Built at the first request: building it loads the TLS context and trust store. */
	private HttpClient client;

	/** {@code GET} without credentials. */
	JsonNode get(String url) {
		return send("GET", url, null, null);
	}

	/** {@code GET} with HTTP Basic credentials (Foreman). */
	JsonNode get(String url, String user, String password) {
		String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return exchange("GET", url, "Basic " + basic, null);
	}

	/**
	 * A request with a bearer token and an optional JSON body.
	 * @return the answer's JSON ({@code null} when it has no body)
	 * @throws IllegalStateException on a failure, in one line
	 */
	JsonNode send(String method, String url, String token, Object body) {
		return exchange(method, url, (token != null) ? "Bearer " + token : null, body);
	}

	private JsonNode exchange(String method, String url, String authorization, Object body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
		if (body != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return exchange(request, method, url, authorization);
	}

	private JsonNode exchange(HttpRequest.Builder request, String method, String url, String authorization) {
		request.timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		HttpResponse<String> response;
		try {
			response = client().send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (ConnectException ex) {
			throw new IllegalStateException(method + " " + url + ": nothing answers there (is the stack up?)");
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + url + ": " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(method + " " + url + ": interrupted");
		}
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException(method + " " + url + ": " + problem(response));
		}
		return parse(response.body());
	}

	/** The status and, from an RFC 9457 problem, its detail (or title). */
	static String problem(HttpResponse<String> response) {
		String text = Integer.toString(response.statusCode());
		JsonNode body = parseOrNull(response.body());
		if (body != null && body.isObject()) {
			String detail = body.path("detail").asString("");
			if (detail.isEmpty()) {
				detail = body.path("title").asString(body.path("message").asString(""));
			}
			return detail.isEmpty() ? text : text + " " + detail;
		}
		return text;
	}

	private static JsonNode parse(String body) {
		if (body == null || body.isBlank()) {
			return null;
		}
		try {
			return JSON.readTree(body);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("the answer is not JSON: " + ex.getOriginalMessage());
		}
	}

	private static JsonNode parseOrNull(String body) {
		try {
			return parse(body);
		}
		catch (IllegalStateException ex) {
			return null;
		}
	}

	/** A JSON object from pairs, for request bodies. */
	static Map<String, Object> body(Object... pairs) {
		Map<String, Object> body = new java.util.LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			body.put((String) pairs[i], pairs[i + 1]);
		}
		return body;
	}

	private HttpClient client() {
		if (this.client == null) {
			this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		}
		return this.client;
	}

}
