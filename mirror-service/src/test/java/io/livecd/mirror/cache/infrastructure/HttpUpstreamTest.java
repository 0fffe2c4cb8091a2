package io.livecd.mirror.cache.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.livecd.common.checksum.Sha256;
import io.livecd.mirror.cache.application.Fetch;
import io.livecd.mirror.cache.application.UpstreamFile;
import io.livecd.mirror.cache.model.ArtifactKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpUpstreamTest {

	private static final byte[] CONTENT = "0123456789".repeat(10_000).getBytes(StandardCharsets.US_ASCII);

	private HttpServer server;

	private final Map<String, String> requestHeaders = new ConcurrentHashMap<>();

	private final CountDownLatch release = new CountDownLatch(1);

	private final CountDownLatch answer = new CountDownLatch(1);

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
		this.server.setExecutor(Executors.newCachedThreadPool());
		this.server.createContext("/base/livecd/builds/job/", this::handle);
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.release.countDown();
		this.answer.countDown();
		this.server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			exchange.getRequestHeaders().forEach((name, values) -> this.requestHeaders.put(name, values.get(0)));
			String file = exchange.getRequestURI().getPath().substring("/base/livecd/builds/job/".length());
			switch (file) {
				case "fixed" -> {
					exchange.getResponseHeaders().set("ETag", "\"" + Sha256.of(CONTENT) + "\"");
					exchange.sendResponseHeaders(200, CONTENT.length);
					exchange.getResponseBody().write(CONTENT);
				}
				case "chunked" -> {
					exchange.sendResponseHeaders(200, 0);
					for (int i = 0; i < CONTENT.length; i += 7_000) {
						exchange.getResponseBody().write(CONTENT, i, Math.min(7_000, CONTENT.length - i));
						exchange.getResponseBody().flush();
					}
				}
				case "stalled" -> {
					exchange.sendResponseHeaders(200, CONTENT.length);
					exchange.getResponseBody().write(CONTENT, 0, 10);
					exchange.getResponseBody().flush();
					await(this.release);
				}
				case "late" -> {
					await(this.answer);
					exchange.sendResponseHeaders(200, CONTENT.length);
					exchange.getResponseBody().write(CONTENT);
				}
				case "broken" -> exchange.sendResponseHeaders(500, -1);
				default -> exchange.sendResponseHeaders(404, -1);
			}
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private HttpUpstream upstream() {
		return new HttpUpstream(URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/base/"),
				Duration.ofSeconds(10));
	}

	private static UpstreamFile found(Fetch fetch) {
		assertThat(fetch).isInstanceOf(Fetch.Found.class);
		return ((Fetch.Found) fetch).file();
	}

	@Test
	void shouldReadAFileOfAnnouncedLengthWithItsChecksum() throws IOException {
		try (UpstreamFile file = found(upstream().fetch(new ArtifactKey("job", "fixed")))) {
			assertThat(file.length()).isEqualTo(CONTENT.length);
			assertThat(file.sha256()).hasValue(Sha256.of(CONTENT));
			assertThat(file.body().readAllBytes()).isEqualTo(CONTENT);
		}
		assertThat(this.requestHeaders).containsEntry("Connection", "close")
			.containsEntry("Accept-encoding", "identity")
			.containsKey("Host");
	}

	@Test
	void shouldDecodeAChunkedBody() throws IOException {
		try (UpstreamFile file = found(upstream().fetch(new ArtifactKey("job", "chunked")))) {
			assertThat(file.length()).isEqualTo(-1);
			assertThat(file.sha256()).isEmpty();
			assertThat(file.body().readAllBytes()).isEqualTo(CONTENT);
		}
	}

	@Test
	void shouldWaitForAnAnswerThatComesAfterTheSpin() throws IOException {
		CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS).execute(this.answer::countDown);
		try (UpstreamFile file = found(upstream().fetch(new ArtifactKey("job", "late")))) {
			assertThat(file.body().readAllBytes()).isEqualTo(CONTENT);
		}
		assertThat(this.answer.getCount()).isZero();
	}

	@Test
	void shouldTellMissingFromRefused() throws IOException {
		assertThat(upstream().fetch(new ArtifactKey("job", "absent"))).isInstanceOf(Fetch.Missing.class);
		assertThat(upstream().fetch(new ArtifactKey("job", "broken"))).isInstanceOfSatisfying(Fetch.Refused.class,
				(refused) -> assertThat(refused.reason()).contains("500"));
	}

	@Test
	void shouldFailABlockedReadWhenAborted() throws IOException {
		UpstreamFile file = found(upstream().fetch(new ArtifactKey("job", "stalled")));
		InputStream body = file.body();
		assertThat(body.readNBytes(10)).hasSize(10);
		CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS).execute(file::abort);
		assertThatExceptionOfType(IOException.class).isThrownBy(body::read);
	}

	@Test
	void shouldFailATruncatedChunkedBody() throws IOException {
		try (ServerSocket raw = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			CompletableFuture.runAsync(() -> {
				try (Socket client = raw.accept(); OutputStream out = client.getOutputStream()) {
					client.getInputStream().read(new byte[4096]);
					out.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nonly-eight"
						.getBytes(StandardCharsets.US_ASCII));
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			});
			HttpUpstream upstream = new HttpUpstream(URI.create("http://127.0.0.1:" + raw.getLocalPort()),
					Duration.ofSeconds(10));
			try (UpstreamFile file = found(upstream.fetch(new ArtifactKey("job", "any")))) {
				assertThatExceptionOfType(IOException.class).isThrownBy(() -> file.body().readAllBytes());
			}
		}
	}

	@Test
	void shouldRefuseAnUpstreamThatIsNotPlainHttp() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new HttpUpstream(URI.create("ftp://example/"), Duration.ofSeconds(1)));
	}

}
