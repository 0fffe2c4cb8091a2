package io.livecd.mirror;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.livecd.common.checksum.Sha256;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * An upstream the test controls: serves files by path, counts every GET, and can stall a
 * file after some bytes, flip one of its bytes, or state its sha256 as ETag.
 */
final class TestUpstream implements AutoCloseable {

	private static final int CHUNK = 64 * 1024;

	private final Map<String, File> files = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private final HttpServer server;

	TestUpstream() throws IOException {
		this(null);
	}

	/** An upstream over HTTPS when {@code tls} is given, else plain HTTP. */
	TestUpstream(SSLContext tls) throws IOException {
		InetSocketAddress address = new InetSocketAddress("127.0.0.1", 0);
		if (tls != null) {
			HttpsServer https = HttpsServer.create(address, 64);
			https.setHttpsConfigurator(new HttpsConfigurator(tls));
			this.server = https;
		}
		else {
			this.server = HttpServer.create(address, 64);
		}
		this.server.createContext("/", this::handle);
		this.server.setExecutor(this.executor);
		this.server.start();
	}

	String url() {
		return ((this.server instanceof HttpsServer) ? "https://localhost:" : "http://127.0.0.1:")
				+ this.server.getAddress().getPort();
	}

	/** Serves {@code bytes} at {@code /livecd/builds/{job}/{file}}. */
	File serve(String job, String file, byte[] bytes) {
		File served = new File(bytes);
		this.files.put("/livecd/builds/" + job + "/" + file, served);
		return served;
	}

	/** Every request the upstream was sent, whatever its path. */
	int requests() {
		return this.requests.values().stream().mapToInt(AtomicInteger::get).sum();
	}

	int requests(String job, String file) {
		return this.requests.computeIfAbsent("/livecd/builds/" + job + "/" + file, (path) -> new AtomicInteger()).get();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			this.requests.computeIfAbsent(path, (p) -> new AtomicInteger()).incrementAndGet();
			File file = this.files.get(path);
			if (file == null) {
				exchange.sendResponseHeaders(404, -1);
				return;
			}
			file.send(exchange);
		}
	}

	@Override
	public void close() {
		this.files.values().forEach(File::release);
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	static final class File {

		private final byte[] bytes;

		private volatile int corruptAt = -1;

		private volatile int stallAt = -1;

		private volatile boolean etag;

		private final CountDownLatch stalled = new CountDownLatch(1);

		private final CountDownLatch release = new CountDownLatch(1);

		File(byte[] bytes) {
			this.bytes = bytes;
		}

		File corrupt(int offset) {
			this.corruptAt = offset;
			return this;
		}

		/** Sends {@code offset} bytes, then waits for {@link #release()}. */
		File stallAt(int offset) {
			this.stallAt = offset;
			return this;
		}

		File withSha256Etag() {
			this.etag = true;
			return this;
		}

		boolean hasStalled() {
			return this.stalled.getCount() == 0;
		}

		void release() {
			this.release.countDown();
		}

		private void send(HttpExchange exchange) throws IOException {
			byte[] body = this.bytes.clone();
			if (this.corruptAt >= 0) {
				body[this.corruptAt] ^= 0x40;
			}
			if (this.etag) {
				exchange.getResponseHeaders().set("ETag", "\"" + Sha256.of(this.bytes) + "\"");
			}
			exchange.sendResponseHeaders(200, body.length);
			OutputStream out = exchange.getResponseBody();
			for (int position = 0; position < body.length;) {
				if (position == this.stallAt) {
					out.flush();
					this.stalled.countDown();
					await();
				}
				int end = Math.min(body.length, position + CHUNK);
				if (this.stallAt > position) {
					end = Math.min(end, this.stallAt);
				}
				out.write(body, position, end - position);
				position = end;
			}
		}

		private void await() throws IOException {
			try {
				if (!this.release.await(2, TimeUnit.MINUTES)) {
					throw new IOException("never released");
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("interrupted", ex);
			}
		}

	}

}
