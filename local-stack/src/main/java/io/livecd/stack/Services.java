package io.livecd.stack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The service processes of the stack and what each is told: the Foreman simulator (when
 * no real Foreman is set), repo-service, build-service, foreman-bridge, and one
 * mirror-service per location, every mirror pulling from repo-service. Each mirror serves
 * {@code /livecd/} on its own file server port as well as through Tomcat; the file
 * server's URL is the one servers boot from, the one Foreman is given.
 */
final class Services {

	/**
	 * The stack's mirrors pre-warm before anyone asks, so a tenth of the mirror's default
	 * warm-up is enough and each mirror starts about 8 s sooner; production mirrors keep
	 * the default.
	 */
	private static final String STACK_WARMUP_MISSES = "500";

	private static final String PUBLIC_URL = "MIRROR_PUBLIC_URL";

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
		ServiceSpec ams = mirror("ams", ports.mirrorAms(), ports.mirrorAmsFiles(), layout, repo, common);
		ServiceSpec nyc = mirror("nyc", ports.mirrorNyc(), ports.mirrorNycFiles(), layout, repo, common);
		Map<String, String> foreman = settings.foreman()
			.map(ForemanTarget::settings)
			.or(() -> simulator
				.map((sim) -> sim.bridgeEnvironment(Map.of("ams", publicUrl(ams), "nyc", publicUrl(nyc)))))
			.orElse(Map.of());
		ServiceSpec bridge = spec("foreman-bridge", "foreman-bridge", ports.bridge(), common, foreman);
		List<ServiceSpec> services = new ArrayList<>();
		if (settings.foreman().isEmpty()) {
			simulator.ifPresent((sim) -> services.add(sim.spec()));
		}
		services.addAll(List.of(repo, build, bridge, ams, nyc));
		return List.copyOf(services);
	}

	/** The URL a mirror's location boots from: its file server. */
	static String publicUrl(ServiceSpec mirror) {
		return mirror.environment().get(PUBLIC_URL);
	}

	private static ServiceSpec mirror(String location, int port, int filesPort, StackLayout layout,
			ServiceSpec upstream, Map<String, String> common) {
		Map<String, String> mirror = Map.of("MIRROR_LOCATION", location, "MIRROR_UPSTREAM", upstream.url(),
				"MIRROR_CACHE_DIR", layout.mirrorCache(location).toString(), "MIRROR_FILE_PORT",
				Integer.toString(filesPort), PUBLIC_URL, "http://127.0.0.1:" + filesPort, "LIVECD_MIRROR_WARMUPMISSES",
				STACK_WARMUP_MISSES);
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
