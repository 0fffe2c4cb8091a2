package io.livecd.mirror.cache.infrastructure;

import io.livecd.mirror.cache.application.CacheDisk;
import io.livecd.mirror.cache.application.Fill;
import io.livecd.mirror.cache.application.FillOutcome;
import io.livecd.mirror.cache.application.Filling;
import io.livecd.mirror.cache.application.FindingFile;
import io.livecd.mirror.cache.application.Lookup;
import io.livecd.mirror.cache.model.ArtifactKey;
import io.livecd.mirror.cache.model.CacheIndex;
import io.livecd.mirror.cache.model.KnownArtifacts;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Runs the miss path before the mirror reports ready, so that the first clients of a
 * fresh JVM do not wait for class loading and interpreted code. Measured before: the
 * first miss ever took 37 ms to its headers and the next ones needed 1 to 1.5 ms of CPU
 * on the request thread, against 0.6 ms once the JIT had compiled the path.
 * <p>
 * Two parts, both real code: {@code misses} pull-throughs with the real cache classes and
 * the real upstream client (with its spare connection), into a throwaway cache below
 * {@code .tmp/}, from a {@link LoopbackOrigin} that answers like the upstreams a mirror
 * meets; and as many requests on new connections to this server's {@code /livecd/}, which
 * the serving filter answers without the cache, for the connector's per-connection path.
 * When the file server runs, the pull-throughs go through a throwaway instance of it
 * ({@link WarmUpFront}), so its code is warm too: without, a miss used 0.5 to 0.9 ms of
 * CPU on its thread before the headers, against 0.15 ms after 3000 misses. Failures only
 * end the warm-up early.
 * <p>
 * The default of 5000 misses is what the optimising compiler wants before it compiles a
 * method called once per miss; after 500, the miss path still ran profiling code.
 */
final class WarmingUp implements ApplicationListener<WebServerInitializedEvent> {

	private static final Logger log = LoggerFactory.getLogger(WarmingUp.class);

	private static final int CLIENTS = 4;

	private static final byte[] BODY = "livecd warm-up\n".repeat(1024).getBytes(StandardCharsets.US_ASCII);

	private final int misses;

	private final Path cacheDir;

	private final Duration timeout;

	private final Supplier<ExecutorService> copying;

	private final Supplier<WarmUpFront> front;

	WarmingUp(int misses, Path cacheDir, Duration timeout, Supplier<ExecutorService> copying,
			Supplier<WarmUpFront> front) {
		this.misses = misses;
		this.cacheDir = cacheDir;
		this.timeout = timeout;
		this.copying = copying;
		this.front = front;
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if (this.misses == 0 || event.getApplicationContext().getServerNamespace() != null) {
			return;
		}
		long started = System.nanoTime();
		try {
			pullThrough();
			long pulled = System.nanoTime();
			connect(event.getWebServer().getPort());
			log.info("Warmed up the miss path with {} pull-throughs in {} ms and as many connections in {} ms",
					this.misses, TimeUnit.NANOSECONDS.toMillis(pulled - started),
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - pulled));
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Warm-up ended early: {}", ex.toString());
		}
	}

	/**
	 * Misses of new files, through the real cache classes, from a loopback origin, asked
	 * by several clients at once: a miss mostly waits for its two fsyncs, so one client
	 * alone left the cores idle and took three times as long.
	 */
	void pullThrough() throws IOException {
		Path root = this.cacheDir.resolve(".tmp").resolve("warmup-" + ProcessHandle.current().pid());
		CacheDisk disk = new CacheDisk(root);
		CacheIndex index = new CacheIndex();
		try (LoopbackOrigin origin = new LoopbackOrigin(BODY);
				HttpUpstream upstream = new HttpUpstream(origin.uri(), this.timeout, null,
						CacheConfiguration.SPARE_MAX_AGE);
				Filling filling = new Filling(index, new KnownArtifacts(), disk, upstream, this.copying.get(),
						(artifact) -> {
						})) {
			FindingFile finding = new FindingFile(index, disk, filling);
			WarmUpFront server = this.front.get();
			try (WarmUpFront.Client client = (server != null) ? server.open(finding)
					: (key) -> missOnce(finding, key)) {
				askConcurrently(client);
			}
		}
		finally {
			disk.discard();
			Files.deleteIfExists(root);
		}
	}

	private void askConcurrently(WarmUpFront.Client client) throws IOException {
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		try {
			List<Future<Void>> asking = new ArrayList<>();
			for (int first = 0; first < CLIENTS; first++) {
				int start = first;
				asking.add(clients.submit(() -> ask(client, start)));
			}
			for (Future<Void> asked : asking) {
				await(asked);
			}
		}
		finally {
			clients.shutdownNow();
		}
	}

	/** Every {@code CLIENTS}th file from {@code first}. */
	private Void ask(WarmUpFront.Client client, int first) throws IOException {
		for (int i = first; i < this.misses; i += CLIENTS) {
			client.get(new ArtifactKey("warmup", "file-" + i));
		}
		return null;
	}

	private static void await(Future<Void> asked) throws IOException {
		try {
			asked.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted");
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof IOException failure) ? failure
					: new IOException("a warm-up client failed", ex.getCause());
		}
	}

	private void missOnce(FindingFile finding, ArtifactKey key) throws IOException {
		if (!(finding.find(key) instanceof Lookup.Miss miss)) {
			throw new IllegalStateException(key + " was not a miss");
		}
		Fill fill = miss.fill();
		fill.awaitHead(this.timeout);
		fill.start();
		FillOutcome outcome;
		try {
			outcome = fill.outcome().get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted");
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IOException(key + ": " + ex);
		}
		if (outcome instanceof FillOutcome.Failed failed) {
			throw new IOException(key + ": " + failed.reason());
		}
	}

	/** New connections to this server, each a request that its serving filter answers. */
	void connect(int port) throws IOException {
		byte[] request = "GET /livecd/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
			.getBytes(StandardCharsets.US_ASCII);
		for (int i = 0; i < this.misses; i++) {
			try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
				socket.setSoTimeout(Math.toIntExact(this.timeout.toMillis()));
				socket.getOutputStream().write(request);
				socket.getInputStream().transferTo(OutputStream.nullOutputStream());
			}
		}
	}

}
