package io.livecd.mirror.cache.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import io.livecd.common.checksum.Sha256;
import io.livecd.mirror.cache.application.Fetch;
import io.livecd.mirror.cache.application.UpstreamFile;
import io.livecd.mirror.cache.model.ArtifactKey;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarmingUpTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@TempDir
	Path cacheDir;

	private final AtomicInteger copies = new AtomicInteger();

	@Nested
	class PullThrough {

		@Test
		void shouldFillEveryMissOnAFillThreadAndLeaveNothingBehind() throws IOException {
			Files.createDirectories(WarmingUpTest.this.cacheDir.resolve(".tmp"));

			warmingUp(12).pullThrough();

			assertThat(WarmingUpTest.this.copies).hasValue(12);
			try (Stream<Path> left = Files.list(WarmingUpTest.this.cacheDir.resolve(".tmp"))) {
				assertThat(left).isEmpty();
			}
		}

	}

	@Nested
	class Front {

		@Test
		void shouldAskForEveryFileOnceFromSeveralClientsAndStopTheFront() throws IOException {
			Set<ArtifactKey> asked = ConcurrentHashMap.newKeySet();
			Set<String> clients = ConcurrentHashMap.newKeySet();
			AtomicInteger stopped = new AtomicInteger();
			WarmUpFront front = (finding) -> new WarmUpFront.Client() {

				@Override
				public void get(ArtifactKey key) {
					assertThat(asked.add(key)).as("asked once: %s", key).isTrue();
					clients.add(Thread.currentThread().getName());
				}

				@Override
				public void close() {
					stopped.incrementAndGet();
				}

			};

			new WarmingUp(10, WarmingUpTest.this.cacheDir, TIMEOUT, WarmingUpTest.this::countingPool, () -> front)
				.pullThrough();

			assertThat(asked).containsExactlyInAnyOrderElementsOf(
					IntStream.range(0, 10).mapToObj((i) -> new ArtifactKey("warmup", "file-" + i)).toList());
			assertThat(clients).hasSize(4);
			assertThat(stopped).hasValue(1);
		}

		@Test
		void shouldEndWithTheFailureOfAClientAndStillStopTheFront() {
			AtomicInteger stopped = new AtomicInteger();
			WarmUpFront front = (finding) -> new WarmUpFront.Client() {

				@Override
				public void get(ArtifactKey key) throws IOException {
					throw new IOException("refused " + key.file());
				}

				@Override
				public void close() {
					stopped.incrementAndGet();
				}

			};

			assertThatIOException()
				.isThrownBy(() -> new WarmingUp(8, WarmingUpTest.this.cacheDir, TIMEOUT,
						WarmingUpTest.this::countingPool, () -> front)
					.pullThrough())
				.withMessageStartingWith("refused file-");
			assertThat(stopped).hasValue(1);
		}

	}

	@Nested
	class Connect {

		@Test
		void shouldOpenOneConnectionPerMiss() throws IOException {
			AtomicInteger requests = new AtomicInteger();
			try (ServerSocket server = new ServerSocket(0, 16, InetAddress.getLoopbackAddress())) {
				Thread answering = new Thread(() -> answer(server, requests));
				answering.setDaemon(true);
				answering.start();

				warmingUp(4).connect(server.getLocalPort());
			}

			assertThat(requests).hasValue(4);
		}

	}

	@Nested
	class Origin {

		@Test
		void shouldServeItsBodyWithTheChecksumAsEntityTag() throws IOException {
			byte[] body = "warm".repeat(5000).getBytes(StandardCharsets.US_ASCII);
			try (LoopbackOrigin origin = new LoopbackOrigin(body);
					UpstreamFile file = ((Fetch.Found) new HttpUpstream(origin.uri(), TIMEOUT)
						.fetch(new ArtifactKey("job", "file.img"))).file()) {
				assertThat(file.length()).isEqualTo(body.length);
				assertThat(file.sha256()).contains(Sha256.of(body));
				assertThat(file.body().readAllBytes()).isEqualTo(body);
			}
		}

		@Test
		void shouldAnswerFilesEndingInAnOddDigitLikeAPlainWebServer() throws IOException {
			byte[] body = "warm".repeat(5000).getBytes(StandardCharsets.US_ASCII);
			try (LoopbackOrigin origin = new LoopbackOrigin(body);
					UpstreamFile file = ((Fetch.Found) new HttpUpstream(origin.uri(), TIMEOUT)
						.fetch(new ArtifactKey("job", "file-7"))).file()) {
				assertThat(file.length()).isEqualTo(3L * body.length);
				assertThat(file.sha256()).isEmpty();
				byte[] received = file.body().readAllBytes();
				for (int copy = 0; copy < 3; copy++) {
					assertThat(Arrays.copyOfRange(received, copy * body.length, (copy + 1) * body.length))
						.isEqualTo(body);
				}
			}
		}

		@Test
		void shouldKeepAnsweringWhileAConnectionOpenedAheadWaitsForItsRequest() throws IOException {
			byte[] body = "warm".getBytes(StandardCharsets.US_ASCII);
			try (LoopbackOrigin origin = new LoopbackOrigin(body);
					Socket idle = new Socket(origin.uri().getHost(), origin.uri().getPort());
					UpstreamFile file = ((Fetch.Found) new HttpUpstream(origin.uri(), TIMEOUT)
						.fetch(new ArtifactKey("job", "file-0"))).file()) {
				assertThat(file.body().readAllBytes()).isEqualTo(body);
			}
		}

	}

	private static void answer(ServerSocket server, AtomicInteger requests) {
		while (!server.isClosed()) {
			try (Socket socket = server.accept()) {
				BufferedReader in = new BufferedReader(
						new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
				for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
					// the request head, read to its end
				}
				requests.incrementAndGet();
				socket.getOutputStream()
					.write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
						.getBytes(StandardCharsets.US_ASCII));
			}
			catch (IOException ex) {
				// closed at the end of the test
			}
		}
	}

	private WarmingUp warmingUp(int misses) {
		return new WarmingUp(misses, this.cacheDir, TIMEOUT, this::countingPool, () -> null);
	}

	private ExecutorService countingPool() {
		return new ThreadPoolExecutor(0, 16, 1, TimeUnit.SECONDS, new SynchronousQueue<>()) {

			@Override
			protected void beforeExecute(Thread thread, Runnable task) {
				WarmingUpTest.this.copies.incrementAndGet();
			}

		};
	}

}
