package io.livecd.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import io.livecd.common.checksum.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pull-through on a miss, without Kafka: what the benchmark and plain HTTP clients see.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PullThroughIT {

	private static final String JOB = "build_iso_speedtest_el8";

	private TestUpstream upstream;

	private RunningMirror mirror;

	@BeforeAll
	void start(@TempDir Path cacheDir) throws IOException {
		this.upstream = new TestUpstream();
		this.mirror = startMirror(this.upstream.url(), cacheDir);
	}

	RunningMirror startMirror(String upstream, Path cacheDir) {
		return RunningMirror.standalone("test", upstream, cacheDir);
	}

	@AfterAll
	void stop() {
		this.mirror.close();
		this.upstream.close();
	}

	static byte[] bytes(int size, long seed) {
		byte[] bytes = new byte[size];
		new Random(seed).nextBytes(bytes);
		return bytes;
	}

	private static String path(String file) {
		return "/livecd/builds/" + JOB + "/" + file;
	}

	@Test
	void shouldFetchOnceForSixteenConcurrentColdRequests() throws Exception {
		byte[] content = bytes(8 << 20, 1);
		TestUpstream.File file = this.upstream.serve(JOB, "herd.img", content).stallAt(1 << 20);
		List<CompletableFuture<HttpResponse<InputStream>>> responses = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			responses
				.add(RunningMirror.CLIENT.sendAsync(HttpRequest.newBuilder(this.mirror.uri(path("herd.img"))).build(),
						HttpResponse.BodyHandlers.ofInputStream()));
		}
		CompletableFuture.allOf(responses.toArray(CompletableFuture[]::new)).join();
		assertThat(file.hasStalled()).isTrue();
		file.release();
		for (CompletableFuture<HttpResponse<InputStream>> response : responses) {
			assertThat(response.get().statusCode()).isEqualTo(200);
			try (InputStream body = response.get().body()) {
				assertThat(Sha256.of(body)).isEqualTo(Sha256.of(content));
			}
		}
		assertThat(this.upstream.requests(JOB, "herd.img")).isEqualTo(1);
		await().untilAsserted(() -> assertThat(this.mirror.cached(JOB, "herd.img")).hasBinaryContent(content));
	}

	@Test
	void shouldFillTheWholeFileOnARangeMiss() throws Exception {
		byte[] content = bytes(3 << 20, 2);
		this.upstream.serve(JOB, "ranged.img", content);
		HttpResponse<byte[]> range = this.mirror.get(path("ranged.img"), "Range", "bytes=1000-1999");
		assertThat(range.statusCode()).isEqualTo(206);
		assertThat(range.headers().firstValue("Content-Range")).hasValue("bytes 1000-1999/" + content.length);
		assertThat(range.body()).isEqualTo(Arrays.copyOfRange(content, 1000, 2000));
		await().untilAsserted(() -> assertThat(this.mirror.cached(JOB, "ranged.img")).hasBinaryContent(content));
		assertThat(this.mirror.get(path("ranged.img")).body()).isEqualTo(content);
		assertThat(this.upstream.requests(JOB, "ranged.img")).isEqualTo(1);
	}

	@Test
	void shouldCutTheResponseAndKeepNothingWhenTheUpstreamSendsACorruptByte() throws Exception {
		byte[] content = bytes(2 << 20, 3);
		TestUpstream.File file = this.upstream.serve(JOB, "corrupt.img", content)
			.corrupt(1 << 20)
			.withSha256Etag()
			.stallAt(1 << 20);
		HttpResponse<InputStream> streaming = RunningMirror.CLIENT
			.sendAsync(HttpRequest.newBuilder(this.mirror.uri(path("corrupt.img"))).build(),
					HttpResponse.BodyHandlers.ofInputStream())
			.join();
		assertThat(streaming.statusCode()).isEqualTo(200);
		file.release();
		try (InputStream body = streaming.body()) {
			assertThatExceptionOfType(IOException.class).isThrownBy(body::readAllBytes);
		}
		assertThat(outcome(path("corrupt.img"))).isIn("cut", "status 502");
		assertThat(this.upstream.requests(JOB, "corrupt.img")).isEqualTo(2);
		assertThat(this.mirror.cached(JOB, "corrupt.img")).doesNotExist();
	}

	@Test
	void shouldAnswerNotFoundForFilesTheUpstreamLacks() throws Exception {
		assertThat(this.mirror.get(path("missing.img")).statusCode()).isEqualTo(404);
		assertThat(this.mirror.get("/livecd/builds/..x/file").statusCode()).isEqualTo(400);
		assertThat(this.mirror.get("/livecd/builds/a/b/c").statusCode()).isEqualTo(404);
	}

	@Test
	void shouldRefuseWritesAndCountFileRequestsItself() throws Exception {
		this.upstream.serve(JOB, "counted.img", bytes(1000, 6));
		assertThat(this.mirror.get(path("counted.img")).statusCode()).isEqualTo(200);
		await().until(() -> Files.exists(this.mirror.cached(JOB, "counted.img")));
		assertThat(this.mirror.get(path("counted.img")).statusCode()).isEqualTo(200);
		HttpResponse<String> post = RunningMirror.CLIENT
			.send(HttpRequest.newBuilder(this.mirror.uri(path("counted.img")))
				.POST(HttpRequest.BodyPublishers.ofString("x"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(post.statusCode()).isEqualTo(405);
		assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
		String metrics = this.mirror.getString("/actuator/prometheus");
		assertThat(metrics).containsPattern("livecd_mirror_requests_total\\{result=\"hit\"\\} [1-9]")
			.containsPattern("livecd_mirror_requests_total\\{result=\"miss\"\\} [1-9]")
			.doesNotContainPattern("http_server_requests_seconds_count\\{[^}]*uri=\"UNKNOWN\"");
	}

	@Nested
	@TestInstance(TestInstance.Lifecycle.PER_CLASS)
	class CachedFile {

		private final byte[] content = bytes(100_000, 4);

		private final String etag = "\"" + Sha256.of(this.content) + "\"";

		@BeforeAll
		void cache() throws Exception {
			PullThroughIT.this.upstream.serve(JOB, "cached.img", this.content);
			assertThat(PullThroughIT.this.mirror.get(path("cached.img")).body()).isEqualTo(this.content);
		}

		@Test
		void shouldServeTheWholeFileWithItsChecksumAsEtag() throws Exception {
			HttpResponse<byte[]> response = PullThroughIT.this.mirror.get(path("cached.img"));
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).isEqualTo(this.content);
			assertThat(response.headers().firstValue("ETag")).hasValue(this.etag);
			assertThat(response.headers().firstValue("Accept-Ranges")).hasValue("bytes");
			assertThat(response.headers().firstValue("Cache-Control"))
				.hasValueSatisfying((value) -> assertThat(value).contains("immutable"));
			assertThat(PullThroughIT.this.upstream.requests(JOB, "cached.img")).isEqualTo(1);
		}

		@Test
		void shouldAnswerHeadWithTheHeadersOnly() throws Exception {
			HttpResponse<byte[]> response = RunningMirror.CLIENT
				.send(HttpRequest.newBuilder(PullThroughIT.this.mirror.uri(path("cached.img")))
					.method("HEAD", HttpRequest.BodyPublishers.noBody())
					.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(this.content.length);
			assertThat(response.headers().firstValue("ETag")).hasValue(this.etag);
			assertThat(response.body()).isEmpty();
		}

		@Test
		void shouldAnswerNotModifiedToTheCurrentEtag() throws Exception {
			assertThat(PullThroughIT.this.mirror.get(path("cached.img"), "If-None-Match", this.etag).statusCode())
				.isEqualTo(304);
		}

		@Test
		void shouldServeASingleRange() throws Exception {
			HttpResponse<byte[]> response = PullThroughIT.this.mirror.get(path("cached.img"), "Range", "bytes=-10");
			assertThat(response.statusCode()).isEqualTo(206);
			assertThat(response.body())
				.isEqualTo(Arrays.copyOfRange(this.content, this.content.length - 10, this.content.length));
		}

		@Test
		void shouldServeSeveralRangesAsMultipart() throws Exception {
			HttpResponse<byte[]> response = PullThroughIT.this.mirror.get(path("cached.img"), "Range",
					"bytes=0-9,50-59");
			assertThat(response.statusCode()).isEqualTo(206);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("multipart/byteranges; boundary="));
			assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(response.body().length);
			String body = new String(response.body(), java.nio.charset.StandardCharsets.ISO_8859_1);
			assertThat(body).contains("Content-Range: bytes 0-9/100000", "Content-Range: bytes 50-59/100000");
		}

		@Test
		void shouldServeTheWholeFileWhenIfRangeNoLongerMatches() throws Exception {
			HttpResponse<byte[]> response = PullThroughIT.this.mirror.get(path("cached.img"), "Range", "bytes=0-9",
					"If-Range", "\"" + "0".repeat(64) + "\"");
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).isEqualTo(this.content);
		}

		@Test
		void shouldRefuseARangePastTheEnd() throws Exception {
			HttpResponse<byte[]> response = PullThroughIT.this.mirror.get(path("cached.img"), "Range", "bytes=200000-");
			assertThat(response.statusCode()).isEqualTo(416);
			assertThat(response.headers().firstValue("Content-Range")).hasValue("bytes */100000");
		}

	}

	/**
	 * How a GET ended: a complete 200 body, an error status, or a connection cut short.
	 */
	private String outcome(String path) throws InterruptedException {
		try {
			HttpResponse<byte[]> response = this.mirror.get(path);
			long announced = response.headers().firstValueAsLong("Content-Length").orElse(-1);
			if (response.statusCode() != 200) {
				return "status " + response.statusCode();
			}
			return (response.body().length == announced) ? "complete" : "short body";
		}
		catch (HttpTimeoutException ex) {
			return "timed out";
		}
		catch (IOException ex) {
			return "cut";
		}
	}

}
