package io.livecd.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a started stack tells: {@code stack.json}, and the same printed for a person. */
final class Summary {

	private static final String MIRROR_PREFIX = "mirror-";

	private Summary() {
	}

	static StackDescription describe(StackSettings settings, StackLayout layout, Credentials credentials,
			String kafkaBootstrap, String s3Endpoint, List<ServiceSpec> services,
			Optional<SimulatedForeman> simulator) {
		Map<String, String> serviceUrls = new LinkedHashMap<>();
		Map<String, String> mirrorUrls = new LinkedHashMap<>();
		Map<String, String> bootUrls = new LinkedHashMap<>();
		for (ServiceSpec service : services) {
			if (service.name().equals(SimulatedForeman.NAME)) {
				continue;
			}
			if (service.name().startsWith(MIRROR_PREFIX)) {
				String location = service.name().substring(MIRROR_PREFIX.length());
				mirrorUrls.put(location, service.url());
				bootUrls.put(location, Services.publicUrl(service));
			}
			else {
				serviceUrls.put(service.name(), service.url());
			}
		}
		StackDescription.Foreman foreman = settings.foreman()
			.map((target) -> new StackDescription.Foreman(target.url(), "env", target.settings().get("FOREMAN_USER"),
					null, Map.of()))
			.or(() -> simulator.map(SimulatedForeman::describe))
			.orElseThrow(() -> new IllegalStateException("Neither FOREMAN_URL nor the Foreman simulator"));
		return new StackDescription(settings.home().toString(), Instant.now(),
				new StackDescription.Kafka(kafkaBootstrap),
				new StackDescription.S3(s3Endpoint, S3Server.BUCKET, S3Server.REGION, credentials.s3AccessKey(),
						credentials.s3SecretKey()),
				serviceUrls, mirrorUrls, bootUrls, foreman, credentials.tokens(), layout.logs().toString());
	}

	static String text(StackDescription stack, Duration took, Path stackFile) {
		StringBuilder text = new StringBuilder();
		text.append("livecd stack is up in ").append(Progress.seconds(took)).append('\n');
		line(text, "kafka", stack.kafka().bootstrap());
		line(text, "s3",
				stack.s3().endpoint() + "  bucket " + stack.s3().bucket() + ", access key " + stack.s3().accessKey());
		stack.services().forEach((name, url) -> line(text, name, url));
		stack.mirrors().forEach((location, url) -> line(text, "mirror " + location, url));
		stack.boot().forEach((location, url) -> line(text, "boot " + location, url + "/livecd/"));
		line(text, "foreman", stack.foreman().url() + " (" + stack.foreman().source() + ")");
		line(text, "tokens", "ci and ops in " + stackFile);
		line(text, "logs", stack.logs());
		return text.toString().stripTrailing();
	}

	private static void line(StringBuilder text, String name, String value) {
		text.append(String.format("  %-15s %s%n", name, value));
	}

}
