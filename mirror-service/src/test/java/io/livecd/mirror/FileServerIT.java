package io.livecd.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.livecd.common.checksum.Sha256;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The file server's HTTP/1.1 on raw sockets: keep-alive and pipelining, clients that are
 * slow, stop reading or go away, and heads it refuses. Bad input gets a 4xx problem, the
 * connection closes, and neither the cache nor the upstream sees anything.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FileServerIT {

	private static final String JOB = "build_iso_speedtest_el8";

	private static final String SMALL = "/livecd/builds/" + JOB + "/small.img";

	private static final String LARGE = "/livecd/builds/" + JOB + "/large.img";

	private static final byte[] SMALL_BYTES = PullThroughIT.bytes(10_000, 31);

	private static final byte[] LARGE_BYTES = PullThroughIT.bytes(16 << 20, 32);

	private TestUpstream upstream;

	private RunningMirror mirror;

	private Untouched untouched;

	@BeforeAll
	void start(@TempDir Path cacheDir) throws Exception {
		this.upstream = new TestUpstream();
		this.upstream.serve(JOB, "small.img", SMALL_BYTES);
		this.upstream.serve(JOB, "large.img", LARGE_BYTES);
		this.mirror = RunningMirror.withFileServer("files", this.upstream.url(), cacheDir,
				Map.of("livecd.mirror.file-server.idle-timeout", "2s"));
		assertThat(this.mirror.get(SMALL).body()).isEqualTo(SMALL_BYTES);
		assertThat(this.mirror.get(LARGE).body()).isEqualTo(LARGE_BYTES);
		await().until(() -> Files.exists(this.mirror.cached(JOB, "large.img")));
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

	@Test
	void shouldAnswerPipelinedRequestsInOrderOnOneConnection() throws IOException {
		try (Socket socket = connect()) {
			send(socket, get(SMALL) + "HEAD " + SMALL + " HTTP/1.1\r\nHost: x\r\n\r\n" + "GET " + SMALL
					+ " HTTP/1.1\r\nHost: x\r\nRange: bytes=0-9\r\nConnection: close\r\n\r\n");
			InputStream in = socket.getInputStream();
			Response whole = Response.read(in, false);
			Response head = Response.read(in, true);
			Response range = Response.read(in, false);
			assertThat(whole.status()).isEqualTo(200);
			assertThat(whole.body()).isEqualTo(SMALL_BYTES);
			assertThat(head.status()).isEqualTo(200);
			assertThat(head.field("content-length")).isEqualTo(String.valueOf(SMALL_BYTES.length));
			assertThat(range.status()).isEqualTo(206);
			assertThat(range.body()).isEqualTo(Arrays.copyOf(SMALL_BYTES, 10));
			assertThat(range.field("connection")).isEqualTo("close");
			assertThat(in.read()).isEqualTo(-1);
		}
	}

	@Test
	void shouldKeepTheConnectionOpenBetweenRequests() throws IOException {
		try (Socket socket = connect()) {
			for (int i = 0; i < 3; i++) {
				send(socket, get(LARGE));
				Response response = Response.read(socket.getInputStream(), false);
				assertThat(response.status()).isEqualTo(200);
				assertThat(Sha256.of(response.body())).isEqualTo(Sha256.of(LARGE_BYTES));
			}
		}
	}

	@Test
	void shouldAnswerARequestSentWellAfterTheConnection() throws Exception {
		try (Socket socket = connect()) {
			CompletableFuture<Void> sent = CompletableFuture.runAsync(() -> {
				try {
					send(socket, get(SMALL));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}, CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS));
			Response response = Response.read(socket.getInputStream(), false);
			assertThat(sent).succeedsWithin(Duration.ofSeconds(10));
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.body()).isEqualTo(SMALL_BYTES);
		}
	}

	/**
	 * Heads with {@code ~} for a line break; each ends with {@code Connection: close}.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "GARBAGE|400", "GET " + SMALL + "|400", "GET livecd/x HTTP/1.1~Host: x|400",
					"GET " + SMALL + " HTTP/1.1~Host: x~no colon here|400",
					"GET " + SMALL + " HTTP/1.1~Host: x~ folded: value|400",
					"GET " + SMALL + " HTTP/1.1~Host: x~Content-Length: -1|400", "GET " + SMALL + " HTTP/1.1|400",
					"GET " + SMALL + " HTTP/2.0~Host: x|505", "GET " + SMALL + " HTTP/1.1 ~Host: x|400",
					"GET /livecd/%zz HTTP/1.1~Host: x|400", "GET /livecd/builds/%2e%2e/x HTTP/1.1~Host: x|400",
					"GET /livecd/builds/a%2fb/c HTTP/1.1~Host: x|400", "GET /livecd/builds/a/%ff HTTP/1.1~Host: x|400",
					"GET /livecd/builds/a/b%00 HTTP/1.1~Host: x|400", "GET /actuator/health HTTP/1.1~Host: x|404",
					"DELETE " + SMALL + " HTTP/1.1~Host: x|405" })
	void shouldRefuseBadRequestsWithAProblem(String head, int status) throws IOException {
		try (Socket socket = connect()) {
			send(socket, head.replace("~", "\r\n") + "\r\nConnection: close\r\n\r\n");
			Response response = Response.read(socket.getInputStream(), false);
			assertThat(response.status()).isEqualTo(status);
			assertThat(response.field("content-type")).isEqualTo("application/problem+json");
			assertThat(socket.getInputStream().read()).isEqualTo(-1);
		}
	}

	@Test
	void shouldRefuseARequestHeadTooLarge() throws IOException {
		try (Socket socket = connect()) {
			send(socket, "GET " + SMALL + " HTTP/1.1\r\nHost: x\r\nX-Padding: " + "a".repeat(10_000) + "\r\n\r\n");
			Response response = Response.read(socket.getInputStream(), false);
			assertThat(response.status()).isEqualTo(431);
			assertThat(response.field("connection")).isEqualTo("close");
		}
	}

	@Test
	void shouldAnswerARequestWithABodyAndThenClose() throws IOException {
		try (Socket socket = connect()) {
			send(socket, "POST " + SMALL + " HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello");
			Response response = Response.read(socket.getInputStream(), false);
			assertThat(response.status()).isEqualTo(405);
			assertThat(response.field("allow")).isEqualTo("GET, HEAD");
			assertThat(response.field("connection")).isEqualTo("close");
			assertThat(socket.getInputStream().read()).isEqualTo(-1);
		}
	}

	@Test
	void shouldServeOthersWhileAClientReadsSlowly() throws Exception {
		try (Socket slow = new Socket()) {
			slow.setReceiveBufferSize(4096);
			slow.connect(new InetSocketAddress("127.0.0.1", this.mirror.livecdPort()));
			slow.setSoTimeout(30_000);
			send(slow, get(LARGE));
			CompletableFuture<Void> others = CompletableFuture.runAsync(() -> {
				for (int i = 0; i < 20; i++) {
					assertThat(getQuietly(SMALL)).isEqualTo(SMALL_BYTES);
				}
			});
			InputStream in = slow.getInputStream();
			Response response = Response.readHead(in);
			MessageDigest digest = Sha256.newDigest();
			byte[] small = new byte[1024];
			for (int n = in.read(small); n > 0; n = in.read(small)) {
				digest.update(small, 0, n);
			}
			others.get(60, TimeUnit.SECONDS);
			assertThat(response.status()).isEqualTo(200);
			assertThat(Sha256.hex(digest)).isEqualTo(Sha256.of(LARGE_BYTES));
		}
	}

	@Test
	void shouldKeepServingAfterClientsGoAwayMidTransfer() throws IOException, InterruptedException {
		for (int i = 0; i < 40; i++) {
			try (Socket leaving = connect()) {
				send(leaving, get(LARGE));
				leaving.getInputStream().readNBytes(100);
				leaving.setSoLinger(true, 0);
			}
		}
		assertThat(Sha256.of(this.mirror.get(LARGE).body())).isEqualTo(Sha256.of(LARGE_BYTES));
	}

	@Test
	void shouldCutAClientThatStopsReadingAfterTheIdleTimeout() throws IOException, InterruptedException {
		try (Socket stalled = connect()) {
			send(stalled, get(LARGE));
			long started = System.nanoTime();
			await().pollDelay(Duration.ofSeconds(4)).until(() -> System.nanoTime() - started > 3_900_000_000L);
			ByteArrayOutputStream received = new ByteArrayOutputStream();
			try {
				stalled.getInputStream().transferTo(received);
			}
			catch (IOException ex) {
				// reset: the server gave up on it
			}
			assertThat(received.size()).isLessThan(LARGE_BYTES.length);
		}
		assertThat(this.mirror.get(SMALL).statusCode()).isEqualTo(200);
	}

	private byte[] getQuietly(String path) {
		try {
			return this.mirror.get(path).body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private Socket connect() throws IOException {
		Socket socket = new Socket("127.0.0.1", this.mirror.livecdPort());
		socket.setSoTimeout(30_000);
		return socket;
	}

	private static String get(String path) {
		return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
	}

	private static void send(Socket socket, String request) throws IOException {
		socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
	}

	/** One response read off a connection: the body by its {@code Content-Length}. */
	private record Response(int status, Map<String, String> fields, byte[] body) {

		String field(String name) {
			return this.fields.get(name);
		}

		static Response read(InputStream in, boolean head) throws IOException {
			Response response = readHead(in);
			int length = head ? 0 : Integer.parseInt(response.fields.getOrDefault("content-length", "0"));
			byte[] body = in.readNBytes(length);
			assertThat(body).hasSize(length);
			return new Response(response.status, response.fields, body);
		}

		/** Status and fields; the body stays in {@code in}. */
		static Response readHead(InputStream in) throws IOException {
			String statusLine = line(in);
			Map<String, String> fields = new HashMap<>();
			for (String line = line(in); !line.isEmpty(); line = line(in)) {
				int colon = line.indexOf(':');
				fields.put(line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
			}
			return new Response(Integer.parseInt(statusLine.split(" ")[1]), fields, new byte[0]);
		}

		private static String line(InputStream in) throws IOException {
			StringBuilder line = new StringBuilder();
			for (int b = in.read(); b != '\n'; b = in.read()) {
				if (b < 0) {
					throw new IOException("connection closed within a response head");
				}
				if (b != '\r') {
					line.append((char) b);
				}
			}
			return line.toString();
		}

	}

}
