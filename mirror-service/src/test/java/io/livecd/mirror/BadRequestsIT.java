package io.livecd.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Paths that try to leave the layout and ranges no client should send: each is answered
 * with an error or the plain file, never with bytes from elsewhere, and neither reaches
 * the upstream nor changes the cache.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadRequestsIT {

	private static final String JOB = "build_iso_speedtest_el8";

	private static final byte[] BYTES = PullThroughIT.bytes(50_000, 21);

	private TestUpstream upstream;

	private RunningMirror mirror;

	private Untouched untouched;

	@BeforeAll
	void start(@TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("secret.txt"), "root:x:0:0");
		Path cacheDir = Files.createDirectories(dir.resolve("cache"));
		this.upstream = new TestUpstream();
		this.upstream.serve(JOB, "speedtest-1.squashfs", BYTES).withSha256Etag();
		this.mirror = startMirror(this.upstream.url(), cacheDir);
		assertThat(this.mirror.get("/livecd/builds/" + JOB + "/speedtest-1.squashfs").statusCode()).isEqualTo(200);
		await().until(() -> Files.exists(this.mirror.cached(JOB, "speedtest-1.squashfs")));
	}

	RunningMirror startMirror(String upstream, Path cacheDir) {
		return RunningMirror.standalone("bad", upstream, cacheDir);
	}

	@AfterAll
	void stop() {
		this.mirror.close();
		this.upstream.close();
	}

	@BeforeEach
	void remember() throws IOException {
		this.untouched = Untouched.remember(this.mirror, this.upstream);
	}

	@AfterEach
	void nothingChanged() throws IOException {
		this.untouched.check();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/livecd/../secret.txt", "/livecd/builds/../../secret.txt",
			"/livecd/builds/" + JOB + "/../../../secret.txt", "/livecd/%2e%2e/secret.txt",
			"/livecd/builds/%2e%2e/%2e%2e/secret.txt", "/livecd/builds/" + JOB + "/%2e%2e%2f%2e%2e%2fsecret.txt",
			"/livecd/builds/%252e%252e/secret.txt", "/livecd/builds/" + JOB + "/%252e%252e%252fsecret.txt",
			"/livecd/builds/" + JOB + "\\..\\..\\secret.txt", "/livecd/builds/" + JOB + "/..%5c..%5csecret.txt",
			"/livecd/builds/" + JOB + "/speedtest-1.squashfs%00.txt", "/livecd/builds/" + JOB + "/%D1%95peedtest.img",
			"/livecd/builds/" + JOB + "/.hidden" })
	void shouldServeNothingOutsideTheLayout(String target) throws IOException {
		String response = raw("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

		assertThat(response).matches("(?s)HTTP/1\\.1 (400|404) .*");
		assertThat(response).doesNotContain("root:x");
	}

	@ParameterizedTest
	@ValueSource(strings = { "bytes=-1-2", "bytes=5-1", "bytes=0-1,0-1,0-1,1-2,0-3", "bytes=0-99999999999999999999",
			"bytes=-99999999999999999999", "bytes=", "bytes=99999-",
			"bytes=0-0,1-1,2-2,3-3,4-4,5-5,6-6,7-7,8-8,9-9,"
					+ "10-10,11-11,12-12,13-13,14-14,15-15,16-16,17-17,18-18,19-19,20-20,21-21,22-22,23-23,24-24,25-25,"
					+ "26-26,27-27,28-28,29-29,30-30,31-31,32-32,33-33,34-34,35-35,36-36,37-37,38-38,39-39,40-40,41-41,"
					+ "42-42,43-43,44-44,45-45,46-46,47-47,48-48,49-49,50-50,51-51,52-52,53-53,54-54,55-55,56-56,57-57,"
					+ "58-58,59-59,60-60,61-61,62-62,63-63,64-64,65-65,66-66,67-67,68-68,69-69,70-70,71-71,72-72,73-73,"
					+ "74-74,75-75,76-76,77-77,78-78,79-79,80-80,81-81,82-82,83-83,84-84,85-85,86-86,87-87,88-88,89-89,"
					+ "90-90,91-91,92-92,93-93,94-94,95-95,96-96,97-97,98-98,99-99,100-100,101-101" })
	void shouldAnswerMalformedOverlappingHugeAndNegativeRangesWithoutFailing(String range) throws Exception {
		HttpResponse<byte[]> response = this.mirror.get("/livecd/builds/" + JOB + "/speedtest-1.squashfs", "Range",
				range);

		assertThat(response.statusCode()).isIn(200, 206, 416);
		if (response.statusCode() == 200) {
			assertThat(response.body()).isEqualTo(BYTES);
		}
	}

	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.mirror.livecdPort())) {
			socket.setSoTimeout(30_000);
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}

}
