package io.livecd.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import io.livecd.common.checksum.Sha256;
import io.livecd.stack.StackDescription;
import tools.jackson.databind.JsonNode;

/**
 * Asks the running stack what it serves, as a booting server and an operator would see
 * it: repo-service's aliases, each mirror's bytes under an alias, and each location's
 * parameters in Foreman (API v2, with the credentials of {@code stack.json}).
 */
final class StackProbe {

	private final StackDescription stack;

	private final Http http = new Http();

	private final HttpClient client = HttpClient.newHttpClient();

	StackProbe(StackDescription stack) {
		this.stack = stack;
	}

	StackDescription stack() {
		return this.stack;
	}

	String repo() {
		return this.stack.services().get("repo-service");
	}

	/** The build an alias names on repo-service, or {@code null}. */
	Long aliasBuild(String alias) {
		JsonNode target = this.http.get(repo() + "/api/v1/aliases/" + alias).path("target");
		return target.isObject() ? target.path("build").asLong() : null;
	}

	/** The highest build number of any job on repo-service. */
	long highestBuild() {
		long highest = 0;
		for (JsonNode job : this.http.get(repo() + "/api/v1/jobs")) {
			for (JsonNode build : job.path("builds")) {
				highest = Math.max(highest, build.asLong());
			}
		}
		return highest;
	}

	/**
	 * What each location's mirror serves under {@code /livecd/{alias}} on the URL servers
	 * boot from: its sha256.
	 */
	Map<String, String> mirrorsSha256(String alias) {
		Map<String, String> served = new TreeMap<>();
		this.stack.boot().forEach((location, url) -> served.put(location, Sha256.of(bytes(url + "/livecd/" + alias))));
		return served;
	}

	byte[] bytes(String url) {
		try {
			HttpResponse<byte[]> response = this.client.send(HttpRequest.newBuilder(URI.create(url)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new AssertionError("GET " + url + ": " + response.statusCode());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new AssertionError("GET " + url + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted", ex);
		}
	}

	/**
	 * Each location's value of a location parameter in Foreman ({@code null} where it is
	 * not set).
	 */
	Map<String, String> foremanParameter(String name) {
		StackDescription.Foreman foreman = this.stack.foreman();
		String search = URLEncoder.encode("name = " + name, StandardCharsets.UTF_8).replace("+", "%20");
		Map<String, String> values = new TreeMap<>();
		foreman.locations().forEach((location, id) -> {
			JsonNode results = this.http
				.get(foreman.url() + "/api/v2/locations/" + id + "/parameters?search=" + search, foreman.user(),
						foreman.password())
				.path("results");
			values.put(location, results.isEmpty() ? null : results.get(0).path("value").asString());
		});
		return values;
	}

	/**
	 * A parameter's effective value for a host ({@code all_parameters}), or {@code null}.
	 */
	String hostParameter(String host, String name) {
		StackDescription.Foreman foreman = this.stack.foreman();
		for (JsonNode parameter : this.http
			.get(foreman.url() + "/api/v2/hosts/" + host, foreman.user(), foreman.password())
			.path("all_parameters")) {
			if (name.equals(parameter.path("name").asString())) {
				return parameter.path("value").asString();
			}
		}
		return null;
	}

}
