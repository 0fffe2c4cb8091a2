package io.livecd.repo.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.livecd.common.checksum.Sha256;
import io.livecd.common.event.Artifact;
import io.livecd.repo.it.MultipartBody.Part;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The central repository and nginx serve the same file; for each request of the table
 * both must agree on the status, {@code Content-Length}, {@code Content-Range} and the
 * bytes (for {@code multipart/byteranges}, part by part: the boundaries differ). Values
 * meant to differ are not compared: the {@code ETag} format (each server gets its own tag
 * back in conditional requests), {@code Date}, {@code Server}, {@code Last-Modified}.
 */
@RepoServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NginxDifferentialIT extends ItSupport {

	private static final String JOB = "it_nginx";

	private static final String PATH = "/livecd/builds/" + JOB + "/diff-1.img";

	private static final byte[] BYTES = new byte[100_003];

	private static final int N = BYTES.length;

	@LocalServerPort
	private int port;

	private Nginx nginx;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	void publishAndServeTheSameFileFromDisk(@TempDir Path base) throws Exception {
		Assumptions.assumeTrue(Nginx.installed(),
				"nginx is not installed at " + Nginx.BINARY + " (apt-get install nginx): differential test skipped");
		new Random(7).nextBytes(BYTES);
		ci().stage(JOB, 1, "diff-1.img", BYTES);
		ci().announce(Ci.completed(JOB, 1, List.of(new Artifact("diff-1.img", N, Sha256.of(BYTES)))));
		Path file = base.resolve("www" + PATH);
		Files.createDirectories(file.getParent());
		Files.write(file, BYTES);
		try {
			this.nginx = Nginx.serve(base);
		}
		catch (java.io.IOException ex) {
			Assumptions.abort("nginx cannot be started here, differential test skipped: " + ex.getMessage());
		}
		await().atMost(Duration.ofSeconds(60)).until(() -> this.catalog.current().file(JOB, "diff-1.img").isPresent());
	}

	@AfterAll
	void stopNginx() throws InterruptedException {
		if (this.nginx != null) {
			this.nginx.close();
		}
	}

	/**
	 * A request of the table: its method and its header fields, given the server's ETag.
	 */
	record Case(String name, String method, Function<String, List<String>> headers) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static Stream<Case> table() {
		return Stream.of(new Case("full", "GET", (etag) -> List.of()), new Case("HEAD", "HEAD", (etag) -> List.of()),
				range("first byte", "bytes=0-0"), range("middle", "bytes=1000-1999"),
				range("last byte", "bytes=" + (N - 1) + "-" + (N - 1)), range("suffix", "bytes=-500"),
				range("open-ended", "bytes=99000-"), range("past the end", "bytes=99990-200000"),
				range("multiple", "bytes=0-9,5000-5099,-7"), range("multiple, one satisfiable", "bytes=0-1,200000-"),
				range("unsatisfiable", "bytes=" + N + "-"),
				new Case("If-None-Match", "GET", (etag) -> List.of("If-None-Match", etag)),
				new Case("If-Range matching", "GET", (etag) -> List.of("Range", "bytes=0-99", "If-Range", etag)),
				new Case("If-Range not matching", "GET",
						(etag) -> List.of("Range", "bytes=0-99", "If-Range", "\"nope\"")),
				new Case("HEAD with range", "HEAD", (etag) -> List.of("Range", "bytes=0-9")));
	}

	private static Case range(String name, String range) {
		return new Case(name, "GET", (etag) -> List.of("Range", range));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("table")
	void shouldAnswerAsNginxDoes(Case request) throws Exception {
		HttpResponse<byte[]> ours = send("http://127.0.0.1:" + this.port, request);
		HttpResponse<byte[]> theirs = send(this.nginx.baseUrl(), request);

		assertThat(ours.statusCode()).as("status").isEqualTo(theirs.statusCode());
		assertThat(header(ours, "Content-Length")).as("Content-Length").isEqualTo(header(theirs, "Content-Length"));
		assertThat(header(ours, "Content-Range")).as("Content-Range").isEqualTo(header(theirs, "Content-Range"));
		String contentType = header(theirs, "Content-Type");
		if (contentType != null && contentType.startsWith("multipart/byteranges")) {
			assertThat(parts(ours)).as("parts").isEqualTo(parts(theirs)).isNotEmpty();
		}
		else {
			assertThat(ours.body()).as("body").isEqualTo(theirs.body());
		}
	}

	private HttpResponse<byte[]> send(String baseUrl, Case request) throws Exception {
		String etag = header(this.http.send(HttpRequest.newBuilder(URI.create(baseUrl + PATH))
			.method("HEAD", HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.discarding()), "ETag");
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + PATH))
			.method(request.method(), HttpRequest.BodyPublishers.noBody());
		List<String> headers = request.headers().apply(etag);
		if (!headers.isEmpty()) {
			builder.headers(headers.toArray(String[]::new));
		}
		return this.http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static List<Part> parts(HttpResponse<byte[]> response) {
		return MultipartBody.parse(response.body(), MultipartBody.boundary(header(response, "Content-Type")));
	}

	private static String header(HttpResponse<?> response, String name) {
		return response.headers().firstValue(name).orElse(null);
	}

}
