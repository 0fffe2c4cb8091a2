package io.livecd.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * What the local stack is told by its environment: where it keeps its data, its ports,
 * and which Foreman the bridge talks to.
 *
 * @param repoDir the root of the livecd-delivery checkout (its jars and {@code ./mvnw})
 * @param home the data folder: every byte the stack writes lives under it
 * @param ports the ports it listens on
 * @param foreman the real Foreman, if {@code FOREMAN_URL} is set
 * @param startTimeout how long each component may take to become ready
 */
public record StackSettings(Path repoDir, Path home, StackPorts ports, Optional<ForemanTarget> foreman,
		Duration startTimeout) {

	public static final String HOME = "LIVECD_HOME";

	public static final String KAFKA_PORT = "LIVECD_KAFKA_PORT";

	public static final String KAFKA_CONTROLLER_PORT = "LIVECD_KAFKA_CONTROLLER_PORT";

	public static final String S3_PORT = "LIVECD_S3_PORT";

	public static final String REPO_PORT = "LIVECD_REPO_PORT";

	public static final String BUILD_PORT = "LIVECD_BUILD_PORT";

	public static final String BRIDGE_PORT = "LIVECD_BRIDGE_PORT";

	public static final String MIRROR_AMS_PORT = "LIVECD_MIRROR_AMS_PORT";

	public static final String MIRROR_NYC_PORT = "LIVECD_MIRROR_NYC_PORT";

	public static final String MIRROR_AMS_FILES_PORT = "LIVECD_MIRROR_AMS_FILES_PORT";

	public static final String MIRROR_NYC_FILES_PORT = "LIVECD_MIRROR_NYC_FILES_PORT";

	public static final String FOREMAN_PORT = "LIVECD_FOREMAN_PORT";

	public static final String START_TIMEOUT = "LIVECD_START_TIMEOUT";

	/** The data folder's name under the checkout when {@value #HOME} is not set. */
	public static final String DEFAULT_HOME = ".livecd-local";

	static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(180);

	public StackSettings {
		repoDir = repoDir.toAbsolutePath().normalize();
		home = home.toAbsolutePath().normalize();
	}

	/**
	 * Reads the settings from environment variables; unset ones take their defaults.
	 * @param env the environment
	 * @param repoDir the checkout's root
	 * @param workingDir what a relative {@value #HOME} is relative to
	 * @return the settings
	 * @throws IllegalArgumentException naming the variable whose value is wrong
	 */
	public static StackSettings fromEnvironment(Map<String, String> env, Path repoDir, Path workingDir) {
		StackPorts d = StackPorts.DEFAULTS;
		StackPorts ports = new StackPorts(port(env, KAFKA_PORT, d.kafka()),
				port(env, KAFKA_CONTROLLER_PORT, d.kafkaController()), port(env, S3_PORT, d.s3()),
				port(env, REPO_PORT, d.repo()), port(env, BUILD_PORT, d.build()), port(env, BRIDGE_PORT, d.bridge()),
				port(env, MIRROR_AMS_PORT, d.mirrorAms()), port(env, MIRROR_NYC_PORT, d.mirrorNyc()),
				port(env, MIRROR_AMS_FILES_PORT, d.mirrorAmsFiles()),
				port(env, MIRROR_NYC_FILES_PORT, d.mirrorNycFiles()), port(env, FOREMAN_PORT, d.foreman()));
		String home = env.get(HOME);
		Path homeDir = blank(home) ? repoDir.resolve(DEFAULT_HOME) : workingDir.resolve(home);
		return new StackSettings(repoDir, homeDir, ports, ForemanTarget.fromEnvironment(env), startTimeout(env));
	}

	private static int port(Map<String, String> env, String name, int fallback) {
		String value = env.get(name);
		if (blank(value)) {
			return fallback;
		}
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(name + "=" + value + " is not a port number");
		}
	}

	private static Duration startTimeout(Map<String, String> env) {
		String value = env.get(START_TIMEOUT);
		if (blank(value)) {
			return DEFAULT_START_TIMEOUT;
		}
		long seconds;
		try {
			seconds = Long.parseLong(value.trim());
		}
		catch (NumberFormatException ex) {
			seconds = 0;
		}
		if (seconds > 0) {
			return Duration.ofSeconds(seconds);
		}
		throw new IllegalArgumentException(START_TIMEOUT + "=" + value + " is not a positive number of seconds");
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
