package io.livecd.stack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Waits until a started process is ready, or fails naming it and its log. */
final class Readiness {

	private static final Duration POLL = Duration.ofMillis(250);

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Readiness() {
	}

	/**
	 * Polls {@code ready} until it holds, the process exits, or {@code timeout} passes.
	 * @return how long the process took from its start
	 */
	static Duration await(Launcher.Started started, String readyWhen, Duration timeout, BooleanSupplier ready) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!ready.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(started.name() + " was not ready (" + readyWhen + ") within "
						+ Progress.seconds(timeout) + "; see " + started.log() + Commands.tail(started.log()));
			}
			if (exitedWithin(started.process(), POLL)) {
				throw new IllegalStateException(started.name() + " exited with code " + started.process().exitValue()
						+ " while starting; see " + started.log() + Commands.tail(started.log()));
			}
		}
		return Duration.ofNanos(System.nanoTime() - started.startNanos());
	}

	static boolean portOpen(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** Whether {@code <url>/actuator/health} answers with status {@code UP}. */
	static boolean healthUp(String url) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/actuator/health"))
			.timeout(Duration.ofSeconds(2))
			.build();
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200
					&& "UP".equals(JSON.readTree(response.body()).path("status").asString(""));
		}
		catch (IOException | JacksonException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static boolean exitedWithin(Process process, Duration wait) {
		try {
			process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (TimeoutException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for " + process.pid(), ex);
		}
		catch (ExecutionException ex) {
			return !process.isAlive();
		}
	}

}
