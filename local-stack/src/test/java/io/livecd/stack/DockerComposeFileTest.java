package io.livecd.stack;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.livecd.common.event.Topics;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * Keeps the root {@code docker-compose.yml} deployable: valid for Compose, every variable
 * it sets is read by its service, every service is health-checked, and the topics it
 * creates are those of {@link Topics}. It cannot start the stack (no Docker engine);
 * {@code docker-compose config} validates the file without one.
 */
class DockerComposeFileTest {

	/** Read by the image's entrypoint or the JVM itself, not through application.yml. */
	private static final Set<String> JVM_VARIABLES = Set.of("JAVA_OPTS", "JAVA_TOOL_OPTIONS", "SPRING_PROFILES_ACTIVE",
			"TZ");

	private static final String APPLICATION_YML = "src/main/resources/application.yml";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)");

	private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+):\\?");

	private static final Path ROOT = repositoryRoot();

	private static final Path COMPOSE_FILE = ROOT.resolve("docker-compose.yml");

	private final Map<String, Map<String, Object>> services = services();

	@Test
	void shouldBeValidForDockerCompose() throws Exception {
		ProcessBuilder builder = new ProcessBuilder("docker-compose", "-f", COMPOSE_FILE.toString(), "config",
				"--quiet")
			.redirectErrorStream(true);
		requiredVariables().forEach((name) -> builder.environment().put(name, "set-by-test"));
		Process process;
		try {
			process = builder.start();
		}
		catch (IOException ex) {
			abort("docker-compose is not installed (Debian package docker-compose): " + COMPOSE_FILE
					+ " was not validated");
			return;
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("docker-compose config finished").isTrue();
		assertThat(process.exitValue()).as("docker-compose config: %s", output).isZero();
	}

	@Test
	void shouldSetOnlyVariablesThatItsServiceReads() throws IOException {
		Set<String> modules = new HashSet<>();
		List<String> unread = new ArrayList<>();
		for (var service : this.services.entrySet()) {
			if (service.getValue().get("build") instanceof Map<?, ?> build) {
				String module = module(build);
				modules.add(module);
				Set<String> read = placeholders(ROOT.resolve(module).resolve(APPLICATION_YML));
				environment(service.getValue()).stream()
					.filter((name) -> !JVM_VARIABLES.contains(name) && !read.contains(name))
					.forEach((name) -> unread
						.add(service.getKey() + ": " + name + " (not read by " + module + "/" + APPLICATION_YML + ")"));
			}
		}
		assertThat(modules).as("modules built by the compose file")
			.containsExactlyInAnyOrder("build-service", "repo-service", "mirror-service", "foreman-bridge");
		assertThat(unread.stream().sorted()).as("environment variables that no service reads").isEmpty();
	}

	@Test
	void shouldBuildEveryServiceFromTheOneDockerfileWithItsModuleAndPort() throws IOException {
		String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
		assertThat(dockerfile).contains("COPY ${MODULE}/target/${MODULE}-*.jar").contains("EXPOSE ${PORT}");
		List<String> problems = new ArrayList<>();
		this.services.forEach((name, service) -> {
			if (service.get("build") instanceof Map<?, ?> build) {
				String module = module(build);
				if (!"Dockerfile".equals(build.get("dockerfile")) || !".".equals(build.get("context"))) {
					problems.add(name + ": not built from ./Dockerfile in the repository root");
				}
				if (module == null || !Files.isRegularFile(ROOT.resolve(module).resolve("pom.xml"))) {
					problems.add(name + ": build argument MODULE names no module: " + module);
				}
				Object port = ((Map<?, ?>) build.get("args")).get("PORT");
				if (!String.valueOf(healthCheck(service)).contains("localhost:" + port + "/")) {
					problems.add(name + ": build argument PORT " + port + " is not the port it is health-checked on");
				}
			}
		});
		assertThat(problems).isEmpty();
	}

	@Test
	void shouldHealthCheckEveryLongRunningServiceAndStartOnlyWhenDependenciesAreReady() {
		Set<String> oneShots = new HashSet<>();
		List<String> problems = new ArrayList<>();
		this.services.forEach((name, service) -> {
			Object dependsOn = service.getOrDefault("depends_on", Map.of());
			if (!(dependsOn instanceof Map<?, ?> dependencies)) {
				problems.add(name + ": depends_on without conditions");
				return;
			}
			dependencies.forEach((dependency, settings) -> {
				Object condition = ((Map<?, ?>) settings).get("condition");
				if ("service_completed_successfully".equals(condition)) {
					oneShots.add((String) dependency);
				}
				else if (!"service_healthy".equals(condition)) {
					problems.add(name + ": waits for " + dependency + " without a readiness condition");
				}
			});
		});
		this.services.forEach((name, service) -> {
			if (!oneShots.contains(name) && !service.containsKey("healthcheck")) {
				problems.add(name + ": long-running service without a healthcheck");
			}
		});
		assertThat(oneShots).as("one-shot services").containsExactlyInAnyOrder("kafka-topics", "minio-init");
		assertThat(problems).isEmpty();
	}

	/**
	 * Servers boot from a mirror's public URL: it must be the file server's port as
	 * published on the host, not Tomcat's.
	 */
	@Test
	void shouldPublishEveryMirrorsFileServerAsItsPublicUrl() {
		List<String> problems = new ArrayList<>();
		this.services.forEach((name, service) -> {
			if (service.get("build") instanceof Map<?, ?> build && "mirror-service".equals(module(build))) {
				Map<?, ?> environment = (Map<?, ?>) service.get("environment");
				String filePort = String.valueOf(environment.get("MIRROR_FILE_PORT"));
				String hostPort = ((List<?>) service.get("ports")).stream()
					.map(String::valueOf)
					.filter((mapping) -> mapping.endsWith(":" + filePort))
					.map((mapping) -> mapping.substring(0, mapping.indexOf(':')))
					.findFirst()
					.orElse("none");
				if (!String.valueOf(environment.get("MIRROR_PUBLIC_URL")).endsWith(":" + hostPort + "}")) {
					problems.add(name + ": MIRROR_PUBLIC_URL " + environment.get("MIRROR_PUBLIC_URL")
							+ " is not the file server's published port " + hostPort);
				}
			}
		});
		assertThat(problems).isEmpty();
		assertThat(this.services).containsKeys("mirror-ams", "mirror-nyc");
	}

	@Test
	void shouldCreateTheTopicsOfTheEventContract() {
		Map<?, ?> environment = (Map<?, ?>) this.services.get("kafka-topics").get("environment");
		List<String> topics = List.of(((String) environment.get("TOPICS")).split(" "));
		List<String> compacted = List.of(((String) environment.get("COMPACTED_TOPICS")).split(" "));
		assertThat(compacted).containsExactlyInAnyOrderElementsOf(
				Topics.ALL.stream().filter(Topics::isCompacted).collect(Collectors.toList()));
		assertThat(topics).containsExactlyInAnyOrderElementsOf(
				Topics.ALL.stream().filter((topic) -> !Topics.isCompacted(topic)).collect(Collectors.toList()));
	}

	/** The module a service's image is built from: its build argument {@code MODULE}. */
	private static String module(Map<?, ?> build) {
		return (build.get("args") instanceof Map<?, ?> args) ? (String) args.get("MODULE") : null;
	}

	private static Object healthCheck(Map<String, Object> service) {
		return ((Map<?, ?>) service.getOrDefault("healthcheck", Map.of())).get("test");
	}

	private static Set<String> environment(Map<String, Object> service) {
		Object environment = service.getOrDefault("environment", Map.of());
		if (environment instanceof Map<?, ?> map) {
			return map.keySet().stream().map(String::valueOf).collect(Collectors.toSet());
		}
		return ((List<?>) environment).stream()
			.map((entry) -> String.valueOf(entry).split("=", 2)[0])
			.collect(Collectors.toSet());
	}

	private static Set<String> placeholders(Path file) throws IOException {
		return matches(PLACEHOLDER, Files.readString(file));
	}

	private static Set<String> requiredVariables() throws IOException {
		return matches(REQUIRED_VARIABLE, Files.readString(COMPOSE_FILE));
	}

	private static Set<String> matches(Pattern pattern, String text) {
		Set<String> names = new HashSet<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> services() {
		try (Reader reader = Files.newBufferedReader(COMPOSE_FILE)) {
			Map<String, Object> compose = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
			return (Map<String, Map<String, Object>>) compose.get("services");
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + COMPOSE_FILE, ex);
		}
	}

	private static Path repositoryRoot() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("mvnw"))) {
				return dir;
			}
		}
		throw new IllegalStateException("No mvnw above " + Path.of("").toAbsolutePath());
	}

}
