package io.livecd.stack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The TCP ports the local stack listens on, all on 127.0.0.1.
 *
 * @param kafka the Kafka broker's client port
 * @param kafkaController the Kafka controller (KRaft) port
 * @param s3 the S3 server's port
 * @param repo repo-service
 * @param build build-service
 * @param bridge foreman-bridge
 * @param mirrorAms the mirror of location {@code ams}
 * @param mirrorNyc the mirror of location {@code nyc}
 * @param mirrorAmsFiles the file server of the {@code ams} mirror: {@code /livecd/}, what
 * servers there boot from
 * @param mirrorNycFiles the file server of the {@code nyc} mirror
 * @param foreman the Foreman simulator (when no {@code FOREMAN_URL} is set)
 */
public record StackPorts(int kafka, int kafkaController, int s3, int repo, int build, int bridge, int mirrorAms,
		int mirrorNyc, int mirrorAmsFiles, int mirrorNycFiles, int foreman) {

	/** The defaults, as in the project's configuration contract. */
	public static final StackPorts DEFAULTS = new StackPorts(9092, 9093, 9000, 8080, 8081, 8083, 8091, 8092, 8093, 8094,
			8084);

	public StackPorts {
		Map<Integer, String> seen = new LinkedHashMap<>();
		for (Map.Entry<String, Integer> entry : byVariable(kafka, kafkaController, s3, repo, build, bridge, mirrorAms,
				mirrorNyc, mirrorAmsFiles, mirrorNycFiles, foreman)
			.entrySet()) {
			int port = entry.getValue();
			if (port < 1 || port > 65535) {
				throw new IllegalArgumentException(entry.getKey() + "=" + port + " is not a TCP port (1-65535)");
			}
			String other = seen.putIfAbsent(port, entry.getKey());
			if (other != null) {
				throw new IllegalArgumentException(
						other + " and " + entry.getKey() + " both name port " + port + "; give each its own port");
			}
		}
	}

	/** Every port by the environment variable that sets it. */
	public Map<String, Integer> byVariable() {
		return byVariable(this.kafka, this.kafkaController, this.s3, this.repo, this.build, this.bridge, this.mirrorAms,
				this.mirrorNyc, this.mirrorAmsFiles, this.mirrorNycFiles, this.foreman);
	}

	private static Map<String, Integer> byVariable(int kafka, int kafkaController, int s3, int repo, int build,
			int bridge, int mirrorAms, int mirrorNyc, int mirrorAmsFiles, int mirrorNycFiles, int foreman) {
		Map<String, Integer> ports = new LinkedHashMap<>();
		ports.put(StackSettings.KAFKA_PORT, kafka);
		ports.put(StackSettings.KAFKA_CONTROLLER_PORT, kafkaController);
		ports.put(StackSettings.S3_PORT, s3);
		ports.put(StackSettings.REPO_PORT, repo);
		ports.put(StackSettings.BUILD_PORT, build);
		ports.put(StackSettings.BRIDGE_PORT, bridge);
		ports.put(StackSettings.MIRROR_AMS_PORT, mirrorAms);
		ports.put(StackSettings.MIRROR_NYC_PORT, mirrorNyc);
		ports.put(StackSettings.MIRROR_AMS_FILES_PORT, mirrorAmsFiles);
		ports.put(StackSettings.MIRROR_NYC_FILES_PORT, mirrorNycFiles);
		ports.put(StackSettings.FOREMAN_PORT, foreman);
		return ports;
	}

}
