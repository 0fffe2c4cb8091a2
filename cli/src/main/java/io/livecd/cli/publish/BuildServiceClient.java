package io.livecd.cli.publish;

import io.livecd.common.checksum.ChecksummingInputStream;
import io.livecd.common.event.Artifact;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * build-service's publishing API. Every failure becomes a {@link PublishException} whose
 * message is the server's problem title and detail, or what went wrong on the way.
 */
class BuildServiceClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration CALL_TIMEOUT = Duration.ofMinutes(2);

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final Target target;

	BuildServiceClient(Target target) {
		this.target = target;
	}

	/** Opens the build; answers whether it was already published. */
	boolean open(BuildRequest build) {
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put("image", build.image());
		metadata.put("kernel", build.kernel());
		metadata.put("gitCommit", build.gitCommit());
		metadata.put("ciUrl", build.ciUrl());
		JsonNode answer = call("opening " + build, "POST", build.path(), json(metadata), CALL_TIMEOUT);
		return "published".equals(answer.path("state").asString(""));
	}

	/**
	 * Streams a file as an artifact, hashing it on the way, and checks that the service
	 * stored the same bytes.
	 */
	Artifact upload(BuildRequest build, Path file, String name, Progress progress) {
		long size = size(file);
		AtomicReference<ChecksummingInputStream> sent = new AtomicReference<>();
		BodyPublisher body = BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(() -> {
			progress.start(name, size);
			sent.set(new ChecksummingInputStream(new ProgressInputStream(open(file), progress)));
			return sent.get();
		}), size);
		JsonNode stored;
		try {
			stored = call("uploading " + name, "PUT", build.path() + "/artifacts/" + name, body, null);
		}
		finally {
			progress.finished();
			close(sent.get());
		}
		Artifact local = new Artifact(name, sent.get().bytes(), sent.get().sha256());
		if (local.size() != size) {
			throw new PublishException(file + " changed while it was uploaded", true, null);
		}
		if (stored.path("size").asLong(-1) != local.size()
				|| !local.sha256().equals(stored.path("sha256").asString(""))) {
			throw new PublishException("build-service stored other bytes for " + name + " than were sent (sha256 "
					+ stored.path("sha256").asString("?") + ", sent " + local.sha256() + ")", true, null);
		}
		return local;
	}

	/** Publishes the build with its manifest; returns the event id. */
	String complete(BuildRequest build, List<Artifact> manifest) {
		List<Map<String, Object>> artifacts = new ArrayList<>();
		manifest.forEach((a) -> artifacts.add(Map.of("name", a.name(), "size", a.size(), "sha256", a.sha256())));
		JsonNode answer = call("completing " + build, "POST", build.path() + "/complete",
				json(Map.of("artifacts", artifacts)), CALL_TIMEOUT);
		return answer.path("eventId").asString("");
	}

	private JsonNode call(String what, String method, String path, BodyPublisher body, Duration timeout) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.target.url().resolve(path))
			.method(method, body)
			.header("Authorization", "Bearer " + this.target.token())
			.header("Accept", "application/json, application/problem+json");
		if (method.equals("POST")) {
			request.header("Content-Type", "application/json");
		}
		else {
			request.header("Content-Type", "application/octet-stream");
		}
		if (timeout != null) {
			request.timeout(timeout);
		}
		HttpResponse<String> response;
		try {
			response = this.http.send(request.build(), BodyHandlers.ofString());
		}
		catch (IOException | UncheckedIOException ex) {
			throw new PublishException(what + " failed: " + reason(ex), true, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PublishException(what + " was interrupted", false, ex);
		}
		if (response.statusCode() >= 400) {
			int status = response.statusCode();
			boolean retryable = status >= 500 || status == 408 || status == 429;
			throw new PublishException(what + " failed: " + problem(response), retryable, null);
		}
		return parse(what, response.body());
	}

	private static String problem(HttpResponse<String> response) {
		try {
			JsonNode problem = JSON.readTree(response.body());
			String title = problem.path("title").asString("");
			String detail = problem.path("detail").asString("");
			if (!title.isEmpty() || !detail.isEmpty()) {
				return response.statusCode() + " " + title + (detail.isEmpty() ? "" : ": " + detail);
			}
		}
		catch (JacksonException ex) {
			// not a problem document: fall through to the status line
		}
		return "HTTP " + response.statusCode();
	}

	private static JsonNode parse(String what, String body) {
		try {
			return JSON.readTree(body);
		}
		catch (JacksonException ex) {
			throw new PublishException(what + ": build-service answered something that is not JSON");
		}
	}

	private static BodyPublisher json(Object value) {
		return BodyPublishers.ofString(JSON.writeValueAsString(value));
	}

	private static InputStream open(Path file) {
		try {
			return Files.newInputStream(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new PublishException("cannot read " + file + ": " + message(ex));
		}
	}

	private static void close(InputStream in) {
		if (in != null) {
			try {
				in.close();
			}
			catch (IOException ex) {
				// the upload's outcome is already known
			}
		}
	}

	private String reason(Exception ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException) {
				return "cannot connect to " + this.target.url();
			}
			if (cause instanceof HttpTimeoutException) {
				return "no answer from " + this.target.url() + " in time";
			}
		}
		return message(ex);
	}

	private static String message(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getMessage() == null) {
			cause = cause.getCause();
		}
		return (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
	}

}
