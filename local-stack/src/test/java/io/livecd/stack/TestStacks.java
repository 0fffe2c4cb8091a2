package io.livecd.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A local stack for a test: free ports, a temporary data folder, this checkout's service
 * jars. Shared with the cli's tests through this module's test-jar.
 */
public final class TestStacks {

	/** The checkout's root: the parent of the module a test runs in. */
	public static final Path REPO = Path.of("").toAbsolutePath().getParent();

	private static final List<String> MODULES = List.of("repo-service", "build-service", "foreman-bridge",
			"mirror-service", "foreman-simulator");

	/** Why a test that needs the service jars skips where they are missing. */
	public static final String JARS_MISSING = "service jars missing: ./mvnw -B -q -DskipTests package -pl "
			+ String.join(",", MODULES) + " -am";

	private TestStacks() {
	}

	/**
	 * How long each component may take to be ready: six JVMs start at once, and a test
	 * run shares two cores with others (141 s seen for the last one under a load of 49).
	 */
	private static final String START_TIMEOUT_SECONDS = "360";

	/** The environment of a stack in {@code home} on free ports. */
	public static Map<String, String> environment(Path home) {
		Map<String, String> env = new HashMap<>();
		env.put(StackSettings.HOME, home.toString());
		env.put(StackSettings.START_TIMEOUT, START_TIMEOUT_SECONDS);
		FreePorts.stackPorts().byVariable().forEach((variable, port) -> env.put(variable, port.toString()));
		return env;
	}

	public static StackSettings settings(Map<String, String> environment) {
		return StackSettings.fromEnvironment(environment, REPO, REPO);
	}

	/** Whether every service's jar has been built in this checkout. */
	public static boolean jarsBuilt() {
		return MODULES.stream().allMatch(TestStacks::jarBuilt);
	}

	private static boolean jarBuilt(String module) {
		try {
			String classifier = module.equals(SimulatedForeman.NAME) ? "exec" : "";
			return Files.exists(new ServiceSpec(module, module, 1, Map.of(), classifier).jar(REPO));
		}
		catch (IllegalStateException missing) {
			return false;
		}
	}

}
