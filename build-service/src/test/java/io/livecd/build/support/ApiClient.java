package io.livecd.build.support;

import io.livecd.common.checksum.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The build API over real HTTP, as CI calls it. */
public final class ApiClient {

	public static final String CI_TOKEN = "ci-token-for-tests";

	public static final String OPS_TOKEN = "ops-token-for-tests";

	/**
	 * {@code livecd.auth.tokens} holding the two test tokens, hashed (a constant, for
	 * annotations; {@code ApiClientTest} checks the hashes).
	 */
	public static final String TOKENS = "ci-test:ci:635f455ebe0ad26b73442e9818e7ce7cc3a73b2d02ee540f3b990a3ac12da25b,"
			+ "ops-test:ops:7d01b7921eadef712a04daf72913cd3ef08e6a39e89beca227e7489ca7ba202a";

	public static final String JOB = "build_iso_speedtest_el8";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final String baseUrl;

	private final String token;

	public ApiClient(String baseUrl, String token) {
		this.baseUrl = baseUrl;
		this.token = token;
	}

	public ApiClient as(String otherToken) {
		return new ApiClient(this.baseUrl, otherToken);
	}

	public String buildPath(String job, long build) {
		return "/api/v1/builds/" + job + "/" + build;
	}

	/** Opens a build with all its metadata, as the CI job does. */
	public HttpResponse<String> open(String job, long build, String image) {
		return send(
				"POST", buildPath(job, build), json(Map.of("image", image, "kernel", "4.18.0-553.el8_10.x86_64",
						"gitCommit", "0123abcd", "ciUrl", "https://ci.example/job/" + job + "/" + build + "/")),
				Map.of());
	}

	public HttpResponse<String> upload(String job, long build, String name, byte[] bytes) {
		return put(buildPath(job, build) + "/artifacts/" + name, BodyPublishers.ofByteArray(bytes),
				Map.of("X-Checksum-Sha256", Sha256.of(bytes)));
	}

	public HttpResponse<String> put(String path, BodyPublisher body, Map<String, String> headers) {
		return send("PUT", path, body, headers);
	}

	/**
	 * A streamed body of a known length. (No {@code Expect: 100-continue}: the JDK 17
	 * client waits forever when the answer is not 100, JDK-8286171.)
	 */
	public static BodyPublisher streamed(Supplier<InputStream> content, long length) {
		return BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(content), length);
	}

	public HttpResponse<String> complete(String job, long build, List<Map<String, Object>> artifacts) {
		return send("POST", buildPath(job, build) + "/complete", json(Map.of("artifacts", artifacts)), Map.of());
	}

	public HttpResponse<String> abort(String job, long build) {
		return send("DELETE", buildPath(job, build), BodyPublishers.noBody(), Map.of());
	}

	public HttpResponse<String> get(String path) {
		return send("GET", path, BodyPublishers.noBody(), Map.of());
	}

	public HttpResponse<String> send(String method, String path, BodyPublisher body, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.method(method, body)
			.timeout(Duration.ofMinutes(10));
		if (this.token != null) {
			request.header("Authorization", "Bearer " + this.token);
		}
		if (method.equals("POST")) {
			request.header("Content-Type", "application/json");
		}
		headers.forEach(request::header);
		try {
			return this.http.send(request.build(), BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A manifest entry for these bytes. */
	public static Map<String, Object> entry(String name, byte[] bytes) {
		return entry(name, bytes.length, Sha256.of(bytes));
	}

	public static Map<String, Object> entry(String name, long size, String sha256) {
		return Map.of("name", name, "size", size, "sha256", sha256);
	}

	public static List<Map<String, Object>> manifest(Map<String, byte[]> artifacts) {
		List<Map<String, Object>> entries = new ArrayList<>();
		artifacts.forEach((name, bytes) -> entries.add(entry(name, bytes)));
		return entries;
	}

	public static JsonNode body(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	private static BodyPublisher json(Object value) {
		return BodyPublishers.ofString(JSON.writeValueAsString(value));
	}

}
