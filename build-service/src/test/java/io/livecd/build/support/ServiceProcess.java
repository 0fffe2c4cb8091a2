package io.livecd.build.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * build-service's executable jar running as its own JVM, as it runs in production, on an
 * ephemeral port read from its log. Its output goes to a log file.
 */
public final class ServiceProcess implements AutoCloseable {

	/** Set by the build (Failsafe) to the jar that {@code package} made. */
	public static final String JAR_PROPERTY = "livecd.build-service.jar";

	private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

	private final Process process;

	private final Path log;

	private final int port;

	private ServiceProcess(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.port = port;
	}

	/**
	 * Starts the jar and waits until it serves HTTP.
	 * @param jvmOptions such as {@code -Xmx256m}
	 * @param environment the variables of the configuration contract
	 * @param log where its output goes
	 */
	public static ServiceProcess start(List<String> jvmOptions, Map<String, String> environment, Path log) {
		String jar = System.getProperty(JAR_PROPERTY);
		if (jar == null || !Files.isRegularFile(Path.of(jar))) {
			throw new IllegalStateException(
					"system property " + JAR_PROPERTY + " must name build-service's jar: " + jar);
		}
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(environment);
		builder.environment().put("PORT", "0");
		try {
			Files.createDirectories(log.getParent());
			Process process = builder.start();
			CompletableFuture<Integer> port = new CompletableFuture<>();
			Thread copier = new Thread(() -> copy(process, log, port), "service-log");
			copier.setDaemon(true);
			copier.start();
			ServiceProcess service = new ServiceProcess(process, log, awaitPort(process, port, log));
			return service;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	public String logText() {
		try {
			return Files.readString(this.log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static int awaitPort(Process process, CompletableFuture<Integer> port, Path log) {
		try {
			return port.get(3, TimeUnit.MINUTES);
		}
		catch (ExecutionException | TimeoutException ex) {
			process.destroyForcibly();
			throw new IllegalStateException("build-service did not start; see " + log, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
			throw new IllegalStateException(ex);
		}
	}

	private static void copy(Process process, Path log, CompletableFuture<Integer> port) {
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
				Writer out = Files.newBufferedWriter(log)) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				out.write(line);
				out.write('\n');
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
