package io.livecd.mirror;

import static io.livecd.mirror.PullThroughIT.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mirror that dies or stops mid-download never serves the partial file afterwards. */
class CrashRecoveryIT {

	private static final String JOB = "build_iso_speedtest_el8";

	private static final String FILE = "speedtest-7.squashfs";

	private static final String PATH = "/livecd/builds/" + JOB + "/" + FILE;

	private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

	private final byte[] content = bytes(8 << 20, 5);

	@Test
	void shouldNeverServeThePartialFileOfAKilledMirror(@TempDir Path cacheDir, @TempDir Path logs) throws Exception {
		try (TestUpstream upstream = new TestUpstream()) {
			TestUpstream.File file = upstream.serve(JOB, FILE, this.content).stallAt(3 << 20);
			Process child = startChild(cacheDir, upstream.url(), logs.resolve("child.log"));
			try {
				int port = awaitPort(logs.resolve("child.log"));
				CompletableFuture<HttpResponse<InputStream>> client = RunningMirror.CLIENT.sendAsync(
						HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + PATH)).build(),
						HttpResponse.BodyHandlers.ofInputStream());
				await().atMost(Duration.ofMinutes(1)).until(file::hasStalled);
				await().untilAsserted(() -> assertThat(partials(cacheDir)).singleElement()
					.satisfies((partial) -> assertThat(Files.size(partial)).isEqualTo(3 << 20)));
				child.destroyForcibly().waitFor();
				assertThatExceptionOfType(IOException.class).isThrownBy(() -> client.join().body().readAllBytes());
			}
			finally {
				child.destroyForcibly().waitFor();
			}
			assertThat(partials(cacheDir)).hasSize(1);
			assertThat(cacheDir.resolve("builds").resolve(JOB).resolve(FILE)).doesNotExist();
			file.release();
			try (RunningMirror restarted = RunningMirror.standalone("crash", upstream.url(), cacheDir)) {
				assertThat(partials(cacheDir)).isEmpty();
				assertThat(restarted.cached(JOB, FILE)).doesNotExist();
				HttpResponse<byte[]> response = restarted.get(PATH);
				assertThat(response.statusCode()).isEqualTo(200);
				assertThat(response.body()).isEqualTo(this.content);
				assertThat(upstream.requests(JOB, FILE)).isEqualTo(2);
				await().untilAsserted(() -> assertThat(restarted.cached(JOB, FILE)).hasBinaryContent(this.content));
			}
		}
	}

	@Test
	void shouldDropTheDownloadOfAStoppedMirror(@TempDir Path cacheDir) throws Exception {
		try (TestUpstream upstream = new TestUpstream()) {
			TestUpstream.File file = upstream.serve(JOB, FILE, this.content).stallAt(2 << 20);
			HttpResponse<InputStream> streaming;
			try (RunningMirror mirror = RunningMirror.standalone("stop", upstream.url(), cacheDir)) {
				streaming = RunningMirror.CLIENT
					.sendAsync(HttpRequest.newBuilder(mirror.uri(PATH)).build(),
							HttpResponse.BodyHandlers.ofInputStream())
					.join();
				await().until(file::hasStalled);
			}
			try (InputStream body = streaming.body()) {
				assertThatExceptionOfType(IOException.class).isThrownBy(body::readAllBytes);
			}
			assertThat(cacheDir.resolve("builds").resolve(JOB).resolve(FILE)).doesNotExist();
			file.release();
			try (RunningMirror restarted = RunningMirror.standalone("stop", upstream.url(), cacheDir)) {
				assertThat(partials(cacheDir)).isEmpty();
				assertThat(restarted.get(PATH).body()).isEqualTo(this.content);
			}
		}
	}

	private static Process startChild(Path cacheDir, String upstream, Path log) throws IOException {
		return startChild(cacheDir, upstream, log, "crash", "--spring.profiles.active=standalone");
	}

	/** A mirror in a JVM of its own, which a test can kill with SIGKILL. */
	static Process startChild(Path cacheDir, String upstream, Path log, String location, String... settings)
			throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
				MirrorServiceApplication.class.getName(), "--server.port=0", "--server.address=127.0.0.1",
				"--livecd.mirror.location=" + location, "--livecd.mirror.upstream=" + upstream,
				"--livecd.mirror.cache-dir=" + cacheDir, "--livecd.mirror.warmup-misses=20"));
		command.addAll(List.of(settings));
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	static int awaitPort(Path log) {
		return await().atMost(Duration.ofMinutes(2)).until(() -> {
			Matcher started = STARTED.matcher(Files.exists(log) ? Files.readString(log) : "");
			return started.find() ? Integer.parseInt(started.group(1)) : 0;
		}, (port) -> port > 0);
	}

	static List<Path> partials(Path cacheDir) throws IOException {
		Path temp = cacheDir.resolve(".tmp");
		if (!Files.isDirectory(temp)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(temp)) {
			return files.toList();
		}
	}

}
