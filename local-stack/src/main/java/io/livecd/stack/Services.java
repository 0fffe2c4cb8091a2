package io.livecd.stack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The service processes of the stack and what each is told: the Foreman simulator (when
 * no real Foreman is set), repo-service, build-service, foreman-bridge, and one
 * mirror-service per location, every mirror pulling from repo-service.
 */
final class Services {

	/**
	 * The stack's mirrors serve {@code /livecd/} through Tomcat and pre-warm before
	 * anyone asks, so a tenth of the mirror's default warm-up is enough and each mirror
	 * starts about 8 s sooner; production mirrors keep the default.
	 */
	private static final String STACK_WARMUP_MISSES = "500";

	private Services() {
	}

	static List<ServiceSpec> plan(StackSettings settings, StackLayout layout, Credentials credentials,
			String kafkaBootstrap, String s3Endpoint, Optional<SimulatedForeman> simulator) {
		StackPorts ports = settings.ports();
		Map<String, String> common = Map.of("KAFKA_BOOTSTRAP", kafkaBootstrap, "SERVER_ADDRESS", "127.0.0.1",
				"LIVECD_TOKENS", credentials.tokensSetting());
		Map<String, String> s3 = Map.of("S3_ENDPOINT", s3Endpoint, "S3_ACCESS_KEY", credentials.s3AccessKey(),
				"S3_SECRET_KEY", credentials.s3SecretKey(), "S3_BUCKET", S3Server.BUCKET, "S3_REGION", S3Server.REGION);
		ServiceSpec repo = spec("repo-service", "repo-service", ports.repo(), common, s3);
		ServiceSpec build = spec("build-service", "build-service", ports.build(), common, s3);
		ServiceSpec ams = mirror("ams", ports.mirrorAms(), layout, repo, common);
		ServiceSpec nyc = mirror("nyc", ports.mirrorNyc(), layout, repo, common);
		Map<String, String> foreman = settings.foreman()
			.map(ForemanTarget::settings)
			.or(() -> simulator.map((sim) -> sim.bridgeEnvironment(Map.of("ams", ams.url(), "nyc", nyc.url()))))
			.orElse(Map.of());
		ServiceSpec bridge = spec("foreman-bridge", "foreman-bridge", ports.bridge(), common, foreman);
		List<ServiceSpec> services = new ArrayList<>();
		if (settings.foreman().isEmpty()) {
			simulator.ifPresent((sim) -> services.add(sim.spec()));
		}
		services.addAll(List.of(repo, build, bridge, ams, nyc));
		return List.copyOf(services);
	}

	private static ServiceSpec mirror(String location, int port, StackLayout layout, ServiceSpec upstream,
			Map<String, String> common) {
		String url = "http://127.0.0.1:" + port;
		Map<String, String> mirror = Map.of("MIRROR_LOCATION", location, "MIRROR_UPSTREAM", upstream.url(),
				"MIRROR_CACHE_DIR", layout.mirrorCache(location).toString(), "MIRROR_PUBLIC_URL", url,
				"LIVECD_MIRROR_WARMUPMISSES", STACK_WARMUP_MISSES);
		return spec("mirror-" + location, "mirror-service", port, common, mirror);
	}

	private static ServiceSpec spec(String name, String module, int port, Map<String, String> common,
			Map<String, String> own) {
		Map<String, String> environment = new HashMap<>(common);
		environment.putAll(own);
		environment.put("PORT", Integer.toString(port));
		return new ServiceSpec(name, module, port, environment);
	}

}
