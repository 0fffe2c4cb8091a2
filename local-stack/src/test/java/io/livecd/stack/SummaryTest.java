package io.livecd.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class SummaryTest {

	private static final Credentials CREDENTIALS = new Credentials("key", "secret", "ci-token", "ops-token");

	private static final Optional<SimulatedForeman> SIMULATOR = Optional
		.of(new SimulatedForeman(8084, "sim-password", Path.of("/data/foreman/password")));

	private static StackDescription describe(Map<String, String> env) {
		StackSettings settings = StackSettings.fromEnvironment(env, Path.of("/src/livecd"), Path.of("/"));
		StackLayout layout = new StackLayout(settings.home());
		Optional<SimulatedForeman> simulator = settings.foreman().isPresent() ? Optional.empty() : SIMULATOR;
		List<ServiceSpec> services = Services.plan(settings, layout, CREDENTIALS, "127.0.0.1:9092",
				"http://127.0.0.1:9000", simulator);
		return Summary.describe(settings, layout, CREDENTIALS, "127.0.0.1:9092", "http://127.0.0.1:9000", services,
				simulator);
	}

	@Test
	void shouldListTheServicesTheMirrorsAndTheirFileServersByLocation() {
		StackDescription stack = describe(Map.of());
		assertThat(stack.services()).containsOnlyKeys("repo-service", "build-service", "foreman-bridge")
			.containsEntry("repo-service", "http://127.0.0.1:8080");
		assertThat(stack.mirrors()).containsExactly(entry("ams", "http://127.0.0.1:8091"),
				entry("nyc", "http://127.0.0.1:8092"));
		assertThat(stack.boot()).containsExactly(entry("ams", "http://127.0.0.1:8093"),
				entry("nyc", "http://127.0.0.1:8094"));
		assertThat(stack.kafka().bootstrap()).isEqualTo("127.0.0.1:9092");
		assertThat(stack.s3().endpoint()).isEqualTo("http://127.0.0.1:9000");
		assertThat(stack.tokens()).containsEntry("ci", "ci-token").containsEntry("ops", "ops-token");
		assertThat(stack.home()).isEqualTo("/src/livecd/.livecd-local");
	}

	@Test
	void shouldSayWhichForemanTheBridgeTalksTo() {
		assertThat(describe(Map.of()).foreman()).isEqualTo(new StackDescription.Foreman("http://127.0.0.1:8084",
				"simulator", "admin", "sim-password", Map.of("ams", 1L, "nyc", 2L)));
		assertThat(describe(Map.of("FOREMAN_URL", "https://foreman.example", "FOREMAN_USER", "api")).foreman())
			.isEqualTo(new StackDescription.Foreman("https://foreman.example", "env", "api", null, Map.of()));
	}

	@Test
	void shouldPrintEveryUrlButNoSecret() {
		String text = Summary.text(describe(Map.of()), Duration.ofMillis(41_250), Path.of("/data/stack.json"));
		assertThat(text).startsWith("livecd stack is up in 41.3 s")
			.contains("127.0.0.1:9092", "http://127.0.0.1:9000", "http://127.0.0.1:8080", "http://127.0.0.1:8081",
					"http://127.0.0.1:8083", "http://127.0.0.1:8091", "http://127.0.0.1:8092", "/data/stack.json")
			.contains("boot ams", "http://127.0.0.1:8093/livecd/", "boot nyc", "http://127.0.0.1:8094/livecd/")
			.contains("http://127.0.0.1:8084 (simulator)")
			.doesNotContain("secret", "ci-token", "ops-token", "sim-password");
	}

}
