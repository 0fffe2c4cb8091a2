package io.livecd.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.livecd.common.checksum.Sha256;
import tools.jackson.databind.JsonNode;

/**
 * Publishes a build through build-service's HTTP API, as CI does: open the build, stream
 * each file with its sha256, complete it with the manifest.
 */
final class DemoPublisher {

	private final Http http;

	private final String buildService;

	private final String ciToken;

	DemoPublisher(Http http, String buildService, String ciToken) {
		this.http = http;
		this.buildService = buildService;
		this.ciToken = ciToken;
	}

	/**
	 * @return the event id of the completed build
	 */
	String publish(String job, long build, String image, List<Path> files) {
		String url = this.buildService + "/api/v1/builds/" + job + "/" + build;
		this.http.send("POST", url, this.ciToken,
				Http.body("image", image, "kernel", "5.14.0-demo", "gitCommit",
						Sha256.of(("demo " + job + " " + build).getBytes(StandardCharsets.UTF_8)).substring(0, 40),
						"ciUrl", "https://ci.example.net/job/" + job + "/" + build + "/"));
		List<Map<String, Object>> manifest = new ArrayList<>();
		for (Path file : files) {
			String name = file.getFileName().toString();
			String sha256 = sha256(file);
			JsonNode stored = this.http.putFile(url + "/artifacts/" + name, this.ciToken, file, sha256);
			if (!sha256.equals(stored.path("sha256").asString(""))) {
				throw new IllegalStateException("build-service stored other bytes for " + name);
			}
			manifest.add(Map.of("name", name, "size", size(file), "sha256", sha256));
		}
		JsonNode completed = this.http.send("POST", url + "/complete", this.ciToken, Map.of("artifacts", manifest));
		return completed.path("eventId").asString("-");
	}

	private static String sha256(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return Sha256.of(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

}
