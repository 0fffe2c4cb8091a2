package io.livecd.cli.publish;

import io.livecd.common.checksum.ChecksummingInputStream;
import io.livecd.common.event.Artifact;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * build-service's publishing API. Every failure becomes a {@link PublishException} whose
 * message is the server's problem title and detail, or what went wrong on the way.
 * <p>
 * Over {@link HttpURLConnection}: an upload is a plain blocking copy in large chunks, and
 * a plain {@code http://} URL never loads the TLS classes and trust store. The JDK's
 * {@code HttpClient} spent about 0.7 s more CPU on a 256 MiB upload and loaded its TLS
 * context at start even for {@code http://}.
 */
class BuildServiceClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int CONNECT_TIMEOUT_MILLIS = 10_000;

	private static final int READ_TIMEOUT_MILLIS = 120_000;

	private static final int CHUNK = 256 * 1024;

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
		JsonNode answer = post("opening " + build, build.path(), metadata);
		return "published".equals(answer.path("state").asString(""));
	}

	/**
	 * Streams a file as an artifact, hashing it on the way, and checks that the service
	 * stored the same bytes.
	 */
	Artifact upload(BuildRequest build, Path file, String name, Progress progress) {
		long size = size(file);
		String what = "uploading " + name;
		HttpURLConnection connection = connect(what, "PUT", build.path() + "/artifacts/" + name);
		connection.setRequestProperty("Content-Type", "application/octet-stream");
		connection.setFixedLengthStreamingMode(size);
		progress.start(name, size);
		Artifact local;
		try (ChecksummingInputStream in = new ChecksummingInputStream(new ProgressInputStream(open(file), progress))) {
			send(what, connection, in);
			local = new Artifact(name, in.bytes(), in.sha256());
		}
		catch (IOException ex) {
			throw new PublishException("cannot read " + file + ": " + message(ex));
		}
		finally {
			progress.finished();
		}
		JsonNode stored = answer(what, connection);
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
		JsonNode answer = post("completing " + build, build.path() + "/complete", Map.of("artifacts", artifacts));
		return answer.path("eventId").asString("");
	}

	/**
	 * A small JSON request, buffered rather than streamed: in streaming mode a 401 drops
	 * the answer, and with it the server's reason.
	 */
	private JsonNode post(String what, String path, Object body) {
		byte[] json = JSON.writeValueAsBytes(body);
		HttpURLConnection connection = connect(what, "POST", path);
		connection.setRequestProperty("Content-Type", "application/json");
		send(what, connection, new ByteArrayInputStream(json));
		return answer(what, connection);
	}

	private HttpURLConnection connect(String what, String method, String path) {
		try {
			HttpURLConnection connection = (HttpURLConnection) this.target.url().resolve(path).toURL().openConnection();
			connection.setRequestMethod(method);
			connection.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
			connection.setReadTimeout(READ_TIMEOUT_MILLIS);
			connection.setDoOutput(true);
			connection.setRequestProperty("Authorization", "Bearer " + this.target.token());
			connection.setRequestProperty("Accept", "application/json, application/problem+json");
			return connection;
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new PublishException(what + " failed: " + reason(ex), false, ex);
		}
	}

	/**
	 * Sends the body. A server that refuses early may close the connection before it has
	 * read everything; its answer, if it sent one, is then the reason.
	 */
	private void send(String what, HttpURLConnection connection, InputStream body) {
		try (OutputStream out = connection.getOutputStream()) {
			byte[] chunk = new byte[CHUNK];
			for (int n = body.read(chunk); n >= 0; n = body.read(chunk)) {
				out.write(chunk, 0, n);
			}
		}
		catch (IOException ex) {
			refusedEarly(what, connection);
			throw new PublishException(what + " failed: " + reason(ex), true, ex);
		}
	}

	private void refusedEarly(String what, HttpURLConnection connection) {
		try {
			int status = connection.getResponseCode();
			if (status >= 400) {
				throw failed(what, status, connection);
			}
		}
		catch (IOException ex) {
			// no answer either: the send's own failure is the reason
		}
	}

	private JsonNode answer(String what, HttpURLConnection connection) {
		try {
			int status = connection.getResponseCode();
			if (status >= 400) {
				throw failed(what, status, connection);
			}
			try (InputStream in = connection.getInputStream()) {
				return parse(what, new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new PublishException(what + " failed: " + reason(ex), true, ex);
		}
		finally {
			connection.disconnect();
		}
	}

	private static PublishException failed(String what, int status, HttpURLConnection connection) {
		boolean retryable = status >= 500 || status == 408 || status == 429;
		return new PublishException(what + " failed: " + problem(status, errorBody(connection)), retryable, null);
	}

	private static String errorBody(HttpURLConnection connection) {
		try (InputStream in = connection.getErrorStream()) {
			return (in != null) ? new String(in.readAllBytes(), StandardCharsets.UTF_8) : "";
		}
		catch (IOException ex) {
			return "";
		}
	}

	private static String problem(int status, String body) {
		try {
			JsonNode problem = JSON.readTree(body);
			String title = problem.path("title").asString("");
			String detail = problem.path("detail").asString("");
			if (!title.isEmpty() || !detail.isEmpty()) {
				return status + " " + title + (detail.isEmpty() ? "" : ": " + detail);
			}
		}
		catch (JacksonException ex) {
			// not a problem document: fall through to the status line
		}
		return "HTTP " + status;
	}

	private static JsonNode parse(String what, String body) {
		try {
			return JSON.readTree(body);
		}
		catch (JacksonException ex) {
			throw new PublishException(what + ": build-service answered something that is not JSON");
		}
	}

	private static InputStream open(Path file) throws IOException {
		return Files.newInputStream(file);
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new PublishException("cannot read " + file + ": " + message(ex));
		}
	}

	private String reason(Exception ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException) {
				return "cannot connect to " + this.target.url();
			}
			if (cause instanceof SocketTimeoutException) {
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
