package io.livecd.cli.publish;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * build-service's executable jar as its own JVM on an ephemeral port, for the CLI to talk
 * to.
 */
final class BuildServiceJar implements AutoCloseable {

	static final String JAR_PROPERTY = "livecd.build-service.jar";

	private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

	private final Process process;

	private final int port;

	private BuildServiceJar(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	static BuildServiceJar start(Map<String, String> environment, Path log) {
		String jar = System.getProperty(JAR_PROPERTY);
		if (jar == null || !Files.isRegularFile(Path.of(jar))) {
			throw new IllegalStateException("system property " + JAR_PROPERTY + " must name build-service's jar"
					+ " (./mvnw -B -q -pl build-service,cli -am verify builds it): " + jar);
		}
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx256m", "-jar", jar)).redirectErrorStream(true);
		builder.environment().putAll(environment);
		builder.environment().put("PORT", "0");
		try {
			Files.createDirectories(log.getParent());
			Process process = builder.start();
			CompletableFuture<Integer> port = new CompletableFuture<>();
			Thread copier = new Thread(() -> copy(process, log, port), "build-service-log");
			copier.setDaemon(true);
			copier.start();
			return new BuildServiceJar(process, port.get(3, TimeUnit.MINUTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("build-service did not start; see " + log, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	String url() {
		return "http://127.0.0.1:" + this.port;
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

	private static void copy(Process process, Path log, CompletableFuture<Integer> port) {
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
				Writer out = Files.newBufferedWriter(log)) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				out.write(line + "\n");
				out.flush();
				Matcher started = STARTED.matcher(line);
				if (started.find()) {
					port.complete(Integer.parseInt(started.group(1)));
				}
			}
			port.completeExceptionally(new IllegalStateException("exited with " + process.waitFor()));
		}
		catch (IOException | InterruptedException ex) {
			port.completeExceptionally(ex);
		}
	}

}
