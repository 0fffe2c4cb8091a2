package io.livecd.repo.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.livecd.common.checksum.Sha256;
import io.livecd.common.event.Artifact;
import io.livecd.repo.it.MultipartBody.Part;
import io.livecd.testkit.GeneratedContent;
import io.minio.RemoveObjectArgs;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

@RepoServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServingIT extends ItSupport {

	private static final String JOB = "it_serve";

	private static final long LARGE = 48L << 20;

	private static final long SEED = 42;

	private static final byte[] SMALL = new byte[256 * 1024 + 17];

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private String largeSha256;

	@BeforeAll
	void publishABuildWithASmallAndALargeFile() throws Exception {
		new Random(SEED).nextBytes(SMALL);
		try (InputStream in = GeneratedContent.of(LARGE, SEED)) {
			this.largeSha256 = Sha256.of(in);
		}
		ci().stage(JOB, 1, "serve-1.img", SMALL);
		try (InputStream in = GeneratedContent.of(LARGE, SEED)) {
			ci().stage(JOB, 1, "large-1.bin", in, LARGE);
		}
		ci().stage(JOB, 1, "gone-1.bin", SMALL);
		ci().announce(Ci.completed(JOB, 1,
				List.of(new Artifact("serve-1.img", SMALL.length, Sha256.of(SMALL)),
						new Artifact("large-1.bin", LARGE, this.largeSha256),
						new Artifact("gone-1.bin", SMALL.length, Sha256.of(SMALL)))));
		await().atMost(Duration.ofSeconds(90)).until(() -> aliasBuild("serve.img") == 1);
	}

	private HttpResponse<byte[]> send(String method, String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String header(HttpResponse<?> response, String name) {
		return response.headers().firstValue(name).orElse(null);
	}

	private static String etag() {
		return "\"" + Sha256.of(SMALL) + "\"";
	}

	@Test
	void shouldStreamALargeFileWhole() throws Exception {
		HttpResponse<InputStream> response = this.http.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/livecd/builds/" + JOB + "/large-1.bin"))
			.build(), HttpResponse.BodyHandlers.ofInputStream());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(header(response, "Content-Length")).isEqualTo(Long.toString(LARGE));
		assertThat(header(response, "ETag")).isEqualTo("\"" + this.largeSha256 + "\"");
		MessageDigest digest = Sha256.newDigest();
		long bytes = 0;
		try (InputStream in = response.body()) {
			byte[] buffer = new byte[64 * 1024];
			for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
				digest.update(buffer, 0, n);
				bytes += n;
			}
		}
		assertThat(bytes).isEqualTo(LARGE);
		assertThat(Sha256.hex(digest)).isEqualTo(this.largeSha256);
	}

	@Test
	void shouldServeWholeFileWithItsValidators() throws Exception {
		HttpResponse<byte[]> response = send("GET", "/livecd/builds/" + JOB + "/serve-1.img");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(SMALL);
		assertThat(header(response, "Content-Length")).isEqualTo(Integer.toString(SMALL.length));
		assertThat(header(response, "ETag")).isEqualTo(etag());
		assertThat(header(response, "Accept-Ranges")).isEqualTo("bytes");
		assertThat(header(response, "Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
	}

	@Test
	void shouldServeRangesWithExactBytes() throws Exception {
		int n = SMALL.length;
		Map<String, int[]> ranges = Map.of("bytes=0-0", new int[] { 0, 0 }, "bytes=1000-1999", new int[] { 1000, 1999 },
				"bytes=" + (n - 1) + "-" + (n - 1), new int[] { n - 1, n - 1 }, "bytes=-500",
				new int[] { n - 500, n - 1 }, "bytes=200000-", new int[] { 200000, n - 1 });
		for (Map.Entry<String, int[]> range : ranges.entrySet()) {
			HttpResponse<byte[]> response = send("GET", "/livecd/builds/" + JOB + "/serve-1.img", "Range",
					range.getKey());
			int first = range.getValue()[0];
			int last = range.getValue()[1];
			assertThat(response.statusCode()).as(range.getKey()).isEqualTo(206);
			assertThat(header(response, "Content-Range")).isEqualTo("bytes " + first + "-" + last + "/" + n);
			assertThat(header(response, "Content-Length")).isEqualTo(Integer.toString(last - first + 1));
			assertThat(response.body()).isEqualTo(Arrays.copyOfRange(SMALL, first, last + 1));
		}
	}

	@Test
	void shouldServeMultipleRangesAsMultipart() throws Exception {
		HttpResponse<byte[]> response = send("GET", "/livecd/builds/" + JOB + "/serve-1.img", "Range",
				"bytes=0-9,5000-5099,-7");
		assertThat(response.statusCode()).isEqualTo(206);
		assertThat(header(response, "Content-Length")).isEqualTo(Integer.toString(response.body().length));
		List<Part> parts = MultipartBody.parse(response.body(),
				MultipartBody.boundary(header(response, "Content-Type")));
		int n = SMALL.length;
		assertThat(parts).containsExactly(new Part("bytes 0-9/" + n, Arrays.copyOfRange(SMALL, 0, 10)),
				new Part("bytes 5000-5099/" + n, Arrays.copyOfRange(SMALL, 5000, 5100)),
				new Part("bytes " + (n - 7) + "-" + (n - 1) + "/" + n, Arrays.copyOfRange(SMALL, n - 7, n)));
	}

	@Test
	void shouldAnswerUnsatisfiableRangeWith416() throws Exception {
		HttpResponse<byte[]> response = send("GET", "/livecd/builds/" + JOB + "/serve-1.img", "Range", "bytes=999999-");
		assertThat(response.statusCode()).isEqualTo(416);
		assertThat(header(response, "Content-Range")).isEqualTo("bytes */" + SMALL.length);
	}

	@Test
	void shouldHonourConditionalRequests() throws Exception {
		String path = "/livecd/builds/" + JOB + "/serve-1.img";
		HttpResponse<byte[]> notModified = send("GET", path, "If-None-Match", etag());
		assertThat(notModified.statusCode()).isEqualTo(304);
		assertThat(notModified.body()).isEmpty();
		assertThat(header(notModified, "ETag")).isEqualTo(etag());
		assertThat(send("GET", path, "Range", "bytes=0-1", "If-Range", etag()).statusCode()).isEqualTo(206);
		HttpResponse<byte[]> changed = send("GET", path, "Range", "bytes=0-1", "If-Range", "\"older\"");
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.body()).isEqualTo(SMALL);
	}

	@Test
	void shouldAnswerHeadWithTheHeadersOfGet() throws Exception {
		for (String[] headers : List.of(new String[0], new String[] { "Range", "bytes=10-20" },
				new String[] { "Range", "bytes=0-1,4-5" }, new String[] { "If-None-Match", etag() })) {
			HttpResponse<byte[]> get = send("GET", "/livecd/serve.img", headers);
			HttpResponse<byte[]> head = send("HEAD", "/livecd/serve.img", headers);
			assertThat(head.statusCode()).isEqualTo(get.statusCode());
			assertThat(head.body()).isEmpty();
			assertThat(withoutDateAndBoundary(head)).isEqualTo(withoutDateAndBoundary(get));
		}
	}

	@Test
	void shouldServeAliasAsItsTargetWithShortCaching() throws Exception {
		HttpResponse<byte[]> response = send("GET", "/livecd/serve.img");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(SMALL);
		assertThat(header(response, "ETag")).isEqualTo(etag());
		assertThat(header(response, "Cache-Control")).isEqualTo("public, max-age=30");
		assertThat(header(response, "Content-Location")).isEqualTo("/livecd/builds/" + JOB + "/serve-1.img");
	}

	@Test
	void shouldAnswer404ForWhatIsNotThere() throws Exception {
		assertThat(send("GET", "/livecd/builds/" + JOB + "/nope.img").statusCode()).isEqualTo(404);
		assertThat(send("HEAD", "/livecd/builds/" + JOB + "/nope.img").statusCode()).isEqualTo(404);
		assertThat(send("GET", "/livecd/no-such-alias").statusCode()).isEqualTo(404);
		assertThat(send("GET", "/livecd/builds/" + JOB + "/..%2Fx").statusCode()).isIn(400, 404);
	}

	@Test
	void shouldAnswer404WhenTheObjectVanishedBehindTheCatalog() throws Exception {
		this.minio
			.removeObject(RemoveObjectArgs.builder().bucket(bucket()).object("builds/" + JOB + "/gone-1.bin").build());
		HttpResponse<byte[]> response = send("GET", "/livecd/builds/" + JOB + "/gone-1.bin");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(header(response, "Content-Type")).isEqualTo("application/problem+json");
	}

	private static Map<String, List<String>> withoutDateAndBoundary(HttpResponse<?> response) {
		Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
		headers.remove("date");
		headers.computeIfPresent("content-type",
				(name, values) -> values.stream().map((v) -> v.replaceAll("boundary=\\d+", "boundary=")).toList());
		return headers;
	}

}
