package io.livecd.stack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ReadinessTest {

	@TempDir
	Path dir;

	private HttpServer server;

	private final AtomicReference<String> health = new AtomicReference<>("{\"status\":\"UP\"}");

	@BeforeEach
	void startServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/actuator/health", (exchange) -> {
			byte[] body = this.health.get().getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(body.length > 0 && this.health.get().contains("UP") ? 200 : 503, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.server.start();
	}

	@AfterEach
	void stopServer() {
		this.server.stop(0);
	}

	private String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	@Test
	void shouldSeeAServiceUpOnlyWhenItsHealthSaysSo() {
		assertThat(Readiness.healthUp(url())).isTrue();
		this.health.set("{\"status\":\"DOWN\"}");
		assertThat(Readiness.healthUp(url())).isFalse();
		this.health.set("<html>starting</html>");
		assertThat(Readiness.healthUp(url())).isFalse();
		assertThat(Readiness.healthUp("http://127.0.0.1:" + FreePorts.take(1)[0])).isFalse();
	}

	@Test
	void shouldSeeAPortAnswer() {
		assertThat(Readiness.portOpen(this.server.getAddress().getPort())).isTrue();
		assertThat(Readiness.portOpen(FreePorts.take(1)[0])).isFalse();
	}

	@Test
	void shouldFailAtOnceNamingTheLogWhenTheProcessExits() throws IOException {
		Launcher.Started started = start("repo-service", "echo 'Port 8080 was already in use'; exit 3");
		long start = System.nanoTime();
		assertThatIllegalStateException()
			.isThrownBy(() -> Readiness.await(started, "health", Duration.ofSeconds(30), () -> false))
			.withMessageContaining("repo-service exited with code 3 while starting")
			.withMessageContaining(started.log().toString())
			.withMessageContaining("Port 8080 was already in use");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
	}

	@Test
	void shouldQuoteOnlyTheLatestStartOfALog() throws IOException {
		Files.writeString(this.dir.resolve("kafka.log"), "an old failure\n");
		Launcher.Started started = start("kafka", "echo 'the new failure'; exit 1");
		assertThatIllegalStateException()
			.isThrownBy(() -> Readiness.await(started, "port", Duration.ofSeconds(30), () -> false))
			.withMessageContaining("the new failure")
			.withMessageNotContaining("an old failure");
	}

	@Test
	void shouldFailNamingTheLogWhenTheProcessTakesTooLong() throws IOException {
		Launcher.Started started = start("mirror-ams", "exec sleep 60");
		try {
			assertThatIllegalStateException()
				.isThrownBy(
						() -> Readiness.await(started, "/actuator/health says UP", Duration.ofMillis(600), () -> false))
				.withMessageContaining("mirror-ams was not ready (/actuator/health says UP) within 0.6 s")
				.withMessageContaining(started.log().toString());
		}
		finally {
			started.process().destroyForcibly();
		}
	}

	@Test
	void shouldTellHowLongTheProcessTook() throws IOException {
		Launcher.Started started = start("s3", "exec sleep 60");
		try {
			assertThat(Readiness.await(started, "port", Duration.ofSeconds(5), () -> true))
				.isLessThan(Duration.ofSeconds(5));
		}
		finally {
			started.process().destroyForcibly();
		}
	}

	private Launcher.Started start(String name, String script) throws IOException {
		Files.createDirectories(this.dir.resolve("run"));
		Launcher launcher = new Launcher(new ProcessTable(this.dir.resolve("run")));
		return launcher.start(name, List.of("sh", "-c", script), Map.of("PATH", System.getenv("PATH")),
				this.dir.resolve(name + ".log"));
	}

}
