package io.livecd.cli.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.livecd.common.checksum.Sha256;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retries against a server that fails on purpose: a stand-in for build-service where the
 * real one cannot be made to fail once on demand (PublishCommandIT runs the real one).
 */
class PublishingTest {

	private final StringWriter log = new StringWriter();

	private final List<Duration> waits = new ArrayList<>();

	private final AtomicInteger uploads = new AtomicInteger();

	private final AtomicInteger completions = new AtomicInteger();

	private HttpServer server;

	private int failUploads;

	private int failCompletions;

	private int completionStatus = 503;

	@TempDir
	Path dir;

	@BeforeEach
	void startServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/api/v1/builds/job/42", (exchange) -> {
			String path = exchange.getRequestURI().getPath();
			byte[] body = exchange.getRequestBody().readAllBytes();
			if (path.endsWith("/complete")) {
				boolean fail = this.completions.incrementAndGet() <= this.failCompletions;
				answer(exchange, fail ? this.completionStatus : 202, fail ? problem() : "{\"eventId\":\"event-1\"}");
			}
			else if (path.contains("/artifacts/")) {
				boolean fail = this.uploads.incrementAndGet() <= this.failUploads;
				answer(exchange, fail ? 503 : 200, fail ? problem()
						: "{\"name\":\"x\",\"size\":" + body.length + ",\"sha256\":\"" + Sha256.of(body) + "\"}");
			}
			else {
				answer(exchange, 201, "{\"state\":\"open\"}");
			}
		});
		this.server.start();
	}

	@AfterEach
	void stopServer() {
		this.server.stop(0);
	}

	@Test
	void shouldRetryAFailedUploadAndCompletionWithBackoff() throws IOException {
		this.failUploads = 2;
		this.failCompletions = 1;

		String eventId = publishing(3).publish(request(), List.of(file("vmlinuz", 5000)));

		assertThat(eventId).isEqualTo("event-1");
		assertThat(this.uploads).hasValue(3);
		assertThat(this.completions).hasValue(2);
		assertThat(this.waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(1));
		assertThat(this.log.toString()).contains("uploading vmlinuz failed: 503 Storage unavailable: S3 is down",
				"retry 1 of 3", "Uploaded vmlinuz (4.9 KiB, sha256 ");
	}

	@Test
	void shouldGiveUpAfterTheLastRetry() throws IOException {
		this.failUploads = 10;
		Path file = file("vmlinuz", 10);

		assertThatExceptionOfType(PublishException.class)
			.isThrownBy(() -> publishing(2).publish(request(), List.of(file)))
			.withMessage("uploading vmlinuz failed: 503 Storage unavailable: S3 is down");
		assertThat(this.uploads).hasValue(3);
	}

	@Test
	void shouldNotRetryWhatTheServerRefused() throws IOException {
		this.failCompletions = 1;
		this.completionStatus = 409;
		Path file = file("vmlinuz", 10);

		assertThatExceptionOfType(PublishException.class)
			.isThrownBy(() -> publishing(3).publish(request(), List.of(file)))
			.withMessageStartingWith("completing job #42 failed: 409");
		assertThat(this.completions).hasValue(1);
	}

	private Publishing publishing(int retries) {
		Target target = new Target(URI.create("http://127.0.0.1:" + this.server.getAddress().getPort()), "token");
		PrintWriter out = new PrintWriter(this.log, true);
		return new Publishing(new BuildServiceClient(target), Progress.forConsole(out, false), out, retries,
				this.waits::add);
	}

	private static BuildRequest request() {
		return new BuildRequest("job", 42, "speedtest", null, null, null);
	}

	private Path file(String name, int size) throws IOException {
		return Files.write(this.dir.resolve(name), new byte[size]);
	}

	private static String problem() {
		return "{\"type\":\"urn:livecd:problem:storage-unavailable\",\"title\":\"Storage unavailable\","
				+ "\"status\":503,\"detail\":\"S3 is down\"}";
	}

	private static void answer(HttpExchange exchange, int status, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

}
