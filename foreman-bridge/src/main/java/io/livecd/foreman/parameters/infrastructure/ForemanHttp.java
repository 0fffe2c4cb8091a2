package io.livecd.foreman.parameters.infrastructure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP to Foreman's API: Basic credentials sent pre-emptively (Foreman sends no
 * challenge), JSON in and out, timeouts. Transport failures become
 * {@link ForemanUnreachable}; messages name the method and path, never a header.
 */
final class ForemanHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final URI base;

	private final ForemanCredentials credentials;

	private final HttpClient client;

	private final Duration requestTimeout;

	ForemanHttp(URI base, ForemanCredentials credentials, SSLContext ssl, Duration connectTimeout,
			Duration requestTimeout) {
		String text = base.toString();
		this.base = URI.create(text.endsWith("/") ? text : text + "/");
		this.credentials = credentials;
		this.client = HttpClient.newBuilder()
			.connectTimeout(connectTimeout)
			.sslContext(ssl)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		this.requestTimeout = requestTimeout;
	}

	/**
	 * An answer.
	 *
	 * @param status the HTTP status
	 * @param json the body, or {@code null} when it is not JSON
	 * @param text the body as text
	 */
	record Answer(int status, JsonNode json, String text) {
	}

	Answer get(String path) {
		return send("GET", path, null);
	}

	Answer delete(String path) {
		return send("DELETE", path, null);
	}

	Answer post(String path, JsonNode body) {
		return send("POST", path, body);
	}

	Answer put(String path, JsonNode body) {
		return send("PUT", path, body);
	}

	static JsonMapper json() {
		return JSON;
	}

	private Answer send(String method, String path, JsonNode body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.base.resolve(path))
			.timeout(this.requestTimeout)
			.header("Authorization", this.credentials.authorization())
			.header("Accept", "application/json");
		if (body != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		try {
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), parse(response.body()), response.body());
		}
		catch (IOException ex) {
			throw new ForemanUnreachable(method + " " + path + ": " + ex.getClass().getSimpleName()
					+ ((ex.getMessage() != null) ? " " + ex.getMessage() : ""));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ForemanUnreachable(method + " " + path + ": interrupted");
		}
	}

	private static JsonNode parse(String body) {
		if (body == null || body.isBlank()) {
			return null;
		}
		try {
			return JSON.readTree(body);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

}
