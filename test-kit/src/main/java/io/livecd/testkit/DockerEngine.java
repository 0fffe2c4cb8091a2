package io.livecd.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Finds a Docker engine without asking Testcontainers, whose own probing logs a page of
 * errors and can take seconds when there is none.
 */
final class DockerEngine {

	private static final String ALTERNATIVES = " Use the default embedded backend, or external with"
			+ " LIVECD_TESTKIT_KAFKA_BOOTSTRAP and LIVECD_TESTKIT_S3_* settings.";

	static final String MISSING = "livecd.testkit.backend=containers needs a Docker engine, and there is none here"
			+ " (no DOCKER_HOST, no docker.host in ~/.testcontainers.properties, no Docker socket)." + ALTERNATIVES;

	private DockerEngine() {
	}

	/**
	 * Returns where Docker seems to be: a {@code DOCKER_HOST}, a Testcontainers
	 * {@code docker.host}, or the first Docker socket found under {@code root}.
	 */
	static Optional<String> locate(Map<String, String> environment, Path root, Path home) {
		String dockerHost = environment.get("DOCKER_HOST");
		if (dockerHost != null && !dockerHost.isBlank()) {
			return Optional.of(dockerHost);
		}
		Optional<String> configured = testcontainersDockerHost(home.resolve(".testcontainers.properties"));
		if (configured.isPresent()) {
			return configured;
		}
		List<Path> sockets = new ArrayList<>();
		sockets.add(root.resolve("var/run/docker.sock"));
		String runtimeDir = environment.get("XDG_RUNTIME_DIR");
		if (runtimeDir != null && !runtimeDir.isBlank()) {
			sockets.add(Path.of(runtimeDir, "docker.sock"));
		}
		sockets.add(home.resolve(".docker/run/docker.sock"));
		sockets.add(home.resolve(".docker/desktop/docker.sock"));
		return sockets.stream().filter(Files::exists).findFirst().map((socket) -> "unix://" + socket);
	}

	static String require() {
		return locate(System.getenv(), Path.of("/"), Path.of(System.getProperty("user.home")))
			.orElseThrow(() -> new IllegalStateException(MISSING));
	}

	static String notAnswering(String location) {
		return "livecd.testkit.backend=containers needs a Docker engine, and the one at " + location
				+ " does not answer." + ALTERNATIVES;
	}

	private static Optional<String> testcontainersDockerHost(Path file) {
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(in);
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		return Optional.ofNullable(properties.getProperty("docker.host")).filter((host) -> !host.isBlank());
	}

}
