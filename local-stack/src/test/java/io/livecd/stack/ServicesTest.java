package io.livecd.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ServicesTest {

	private static final Credentials CREDENTIALS = new Credentials("key", "secret", "ci-token", "ops-token");

	private static List<ServiceSpec> plan(Map<String, String> env) {
		StackSettings settings = StackSettings.fromEnvironment(env, Path.of("/src/livecd"), Path.of("/"));
		return Services.plan(settings, new StackLayout(settings.home()), CREDENTIALS, "127.0.0.1:9092",
				"http://127.0.0.1:9000", Optional.of(new SimulatedForeman(settings.ports().foreman(), "sim-password",
						Path.of("/data/foreman/password"))));
	}

	private static ServiceSpec named(List<ServiceSpec> services, String name) {
		return services.stream().filter((s) -> s.name().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void shouldRunEveryServiceAndAMirrorPerLocation() {
		assertThat(plan(Map.of())).extracting(ServiceSpec::name, ServiceSpec::module, ServiceSpec::url)
			.containsExactly(tuple("foreman-simulator", "foreman-simulator", "http://127.0.0.1:8084"),
					tuple("repo-service", "repo-service", "http://127.0.0.1:8080"),
					tuple("build-service", "build-service", "http://127.0.0.1:8081"),
					tuple("foreman-bridge", "foreman-bridge", "http://127.0.0.1:8083"),
					tuple("mirror-ams", "mirror-service", "http://127.0.0.1:8091"),
					tuple("mirror-nyc", "mirror-service", "http://127.0.0.1:8092"));
	}

	@Test
	void shouldTellEveryServiceItsPortTheBrokerAndTheHashedTokens() {
		for (ServiceSpec service : plan(Map.of("FOREMAN_URL", "https://foreman.example"))) {
			assertThat(service.environment()).containsEntry("PORT", Integer.toString(service.port()))
				.containsEntry("KAFKA_BOOTSTRAP", "127.0.0.1:9092")
				.containsEntry("SERVER_ADDRESS", "127.0.0.1")
				.containsEntry("LIVECD_TOKENS", CREDENTIALS.tokensSetting());
		}
	}

	@Test
	void shouldGiveS3OnlyToTheServicesThatStoreInIt() {
		List<ServiceSpec> services = plan(Map.of());
		for (String name : List.of("repo-service", "build-service")) {
			assertThat(named(services, name).environment()).containsEntry("S3_ENDPOINT", "http://127.0.0.1:9000")
				.containsEntry("S3_ACCESS_KEY", "key")
				.containsEntry("S3_SECRET_KEY", "secret")
				.containsEntry("S3_BUCKET", "livecd")
				.containsEntry("S3_REGION", "us-east-1");
		}
		assertThat(named(services, "mirror-ams").environment()).doesNotContainKey("S3_SECRET_KEY");
	}

	@Test
	void shouldPointEachMirrorAtRepoServiceWithItsOwnCacheAndFileServer() {
		List<ServiceSpec> services = plan(Map.of("LIVECD_REPO_PORT", "18080", "LIVECD_MIRROR_NYC_PORT", "18092",
				"LIVECD_MIRROR_NYC_FILES_PORT", "18094"));
		assertThat(named(services, "mirror-nyc").port()).isEqualTo(18092);
		assertThat(named(services, "mirror-nyc").environment()).containsEntry("MIRROR_LOCATION", "nyc")
			.containsEntry("MIRROR_UPSTREAM", "http://127.0.0.1:18080")
			.containsEntry("MIRROR_CACHE_DIR", "/src/livecd/.livecd-local/mirrors/nyc")
			.containsEntry("MIRROR_FILE_PORT", "18094")
			.containsEntry("MIRROR_PUBLIC_URL", "http://127.0.0.1:18094")
			.containsEntry("LIVECD_MIRROR_WARMUPMISSES", "500");
		assertThat(named(services, "mirror-ams").environment()).containsEntry("MIRROR_LOCATION", "ams")
			.containsEntry("MIRROR_CACHE_DIR", "/src/livecd/.livecd-local/mirrors/ams")
			.containsEntry("MIRROR_FILE_PORT", "8093")
			.containsEntry("MIRROR_PUBLIC_URL", "http://127.0.0.1:8093");
	}

	@Test
	void shouldGiveTheForemanSettingsToTheBridgeOnly() {
		List<ServiceSpec> services = plan(
				Map.of("FOREMAN_URL", "https://foreman.example", "FOREMAN_USER", "api", "FOREMAN_PASSWORD", "pw"));
		assertThat(named(services, "foreman-bridge").environment())
			.containsEntry("FOREMAN_URL", "https://foreman.example")
			.containsEntry("FOREMAN_USER", "api")
			.containsEntry("FOREMAN_PASSWORD", "pw");
		assertThat(named(services, "repo-service").environment()).doesNotContainKey("FOREMAN_URL");
		assertThat(services).extracting(ServiceSpec::name).doesNotContain("foreman-simulator");
	}

	@Test
	void shouldPointTheBridgeAtTheSimulatorWithTheStacksMirrorsFileServers() {
		List<ServiceSpec> services = plan(Map.of("LIVECD_FOREMAN_PORT", "18084", "LIVECD_MIRROR_NYC_PORT", "18092",
				"LIVECD_MIRROR_NYC_FILES_PORT", "18094"));
		assertThat(named(services, "foreman-bridge").environment())
			.containsEntry("FOREMAN_URL", "http://127.0.0.1:18084")
			.containsEntry("FOREMAN_USER", "admin")
			.containsEntry("FOREMAN_PASSWORD_FILE", "/data/foreman/password")
			.containsEntry("LIVECD_FOREMAN_LOCATIONS_AMS_LOCATIONID", "1")
			.containsEntry("LIVECD_FOREMAN_LOCATIONS_AMS_MIRRORURL", "http://127.0.0.1:8093/livecd")
			.containsEntry("LIVECD_FOREMAN_LOCATIONS_NYC_LOCATIONID", "2")
			.containsEntry("LIVECD_FOREMAN_LOCATIONS_NYC_MIRRORURL", "http://127.0.0.1:18094/livecd")
			.containsEntry("LIVECD_FOREMAN_REBUILDHOSTGROUPS", "1")
			.doesNotContainKey("FOREMAN_PASSWORD");
		ServiceSpec simulator = named(services, "foreman-simulator");
		assertThat(simulator.classifier()).isEqualTo("exec");
		assertThat(simulator.environment()).containsEntry("PORT", "18084")
			.containsEntry("FOREMAN_USER", "admin")
			.containsEntry("FOREMAN_PASSWORD", "sim-password")
			.containsEntry("SERVER_ADDRESS", "127.0.0.1");
		assertThat(simulator.environment().get("SPRING_APPLICATION_JSON")).contains("\"organizations\":[{",
				"node1.ams.example.net", "node2.nyc.example.net", "\"hostgroups\":[{");
	}

}
