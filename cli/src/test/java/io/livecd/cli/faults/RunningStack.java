package io.livecd.cli.faults;

import io.livecd.stack.LocalStack;
import io.livecd.stack.StackDescription;
import io.livecd.stack.TestStacks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole local stack as processes (Kafka, s3proxy, the Foreman simulator, every
 * service, two mirrors) on free ports and its own data folder, and what a fault test asks
 * it over HTTP.
 */
final class RunningStack implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final LocalStack stack;

	private final StackDescription description;

	private final ByteArrayOutputStream output;

	private RunningStack(LocalStack stack, StackDescription description, ByteArrayOutputStream output) {
		this.stack = stack;
		this.description = description;
		this.output = output;
	}

	static RunningStack start(Path home) {
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		LocalStack stack = new LocalStack(TestStacks.settings(TestStacks.environment(home)),
				new PrintStream(output, true, StandardCharsets.UTF_8));
		if (stack.up(true) != 0) {
			stack.down();
			throw new IllegalStateException("the stack did not start:\n" + output.toString(StandardCharsets.UTF_8));
		}
		return new RunningStack(stack, stack.description().orElseThrow(), output);
	}

	LocalStack stack() {
		return this.stack;
	}

	StackDescription description() {
		return this.description;
	}

	String buildService() {
		return this.description.services().get("build-service");
	}

	/** The build the location's mirror serves warm for the alias, if any. */
	Optional<Long> mirrorServes(String location, String alias) {
		for (JsonNode entry : get(this.description.mirrors().get(location) + "/api/v1/status").path("aliases")) {
			if (entry.path("alias").asString().equals(alias) && entry.path("warm").asBoolean(false)
					&& entry.path("serving").isObject()) {
				return Optional.of(entry.path("serving").path("build").asLong());
			}
		}
		return Optional.empty();
	}

	/** Every alias target repo-service names: {@code builds/<job>/<file>}. */
	List<String> repoAliasTargets() {
		List<String> targets = new ArrayList<>();
		for (JsonNode alias : get(this.description.services().get("repo-service") + "/api/v1/aliases")) {
			JsonNode target = alias.path("target");
			if (target.isObject()) {
				targets.add("builds/" + target.path("job").asString() + "/" + target.path("file").asString());
			}
		}
		return targets;
	}

	/** The values of a location's Foreman parameter (the simulator answers a list). */
	List<String> foremanValues(String location, String parameter) {
		StackDescription.Foreman foreman = this.description.foreman();
		String search = URLEncoder.encode("name = " + parameter, StandardCharsets.UTF_8).replace("+", "%20");
		String basic = Base64.getEncoder()
			.encodeToString((foreman.user() + ":" + foreman.password()).getBytes(StandardCharsets.UTF_8));
		JsonNode results = JSON
			.readTree(send(HttpRequest
				.newBuilder(URI.create(foreman.url() + "/api/locations/" + foreman.locations().get(location)
						+ "/parameters?search=" + search))
				.header("Authorization", "Basic " + basic)
				.build()).body())
			.path("results");
		List<String> values = new ArrayList<>();
		results.forEach((result) -> values.add(result.path("value").asString()));
		return values;
	}

	HttpResponse<byte[]> fetch(String url) {
		return send(HttpRequest.newBuilder(URI.create(url)).build());
	}

	String output() {
		return this.output.toString(StandardCharsets.UTF_8);
	}

	@Override
	public void close() {
		this.stack.down();
	}

	private static JsonNode get(String url) {
		HttpResponse<byte[]> response = send(HttpRequest.newBuilder(URI.create(url)).build());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + " answered " + response.statusCode());
		}
		return JSON.readTree(response.body());
	}

	private static HttpResponse<byte[]> send(HttpRequest request) {
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
