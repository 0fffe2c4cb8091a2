package io.livecd.stack;

import java.time.Instant;
import java.util.Map;

/**
 * What {@code stack.json} says about a running local stack: where everything answers, and
 * the development secrets the CLI needs to talk to it.
 *
 * @param home the data folder
 * @param startedAt when the stack was up
 * @param kafka the broker
 * @param s3 the S3 server
 * @param services the URL of each service by name
 * @param mirrors the URL of each location's mirror by location: its API, status and
 * health
 * @param boot the URL each location's servers boot from by location: the mirror's file
 * server, which serves {@code /livecd/}
 * @param foreman the Foreman that foreman-bridge talks to
 * @param tokens a development bearer token by role ({@code ci}, {@code ops})
 * @param logs the folder of the log files
 */
public record StackDescription(String home, Instant startedAt, Kafka kafka, S3 s3, Map<String, String> services,
		Map<String, String> mirrors, Map<String, String> boot, Foreman foreman, Map<String, String> tokens,
		String logs) {

	/**
	 * The Kafka broker.
	 *
	 * @param bootstrap its bootstrap servers
	 */
	public record Kafka(String bootstrap) {

	}

	/**
	 * The S3 server.
	 *
	 * @param endpoint its endpoint URL
	 * @param bucket the system's bucket
	 * @param region its region
	 * @param accessKey the access key
	 * @param secretKey the secret key
	 */
	public record S3(String endpoint, String bucket, String region, String accessKey, String secretKey) {

	}

	/**
	 * The Foreman that foreman-bridge talks to.
	 *
	 * @param url its URL
	 * @param source {@code simulator} (the stack's Foreman API simulator) or {@code env}
	 * (from {@code FOREMAN_URL})
	 * @param user the login, when known
	 * @param password the simulator's password ({@code null} for a real Foreman)
	 * @param locations Foreman's location id of each location, when known
	 */
	public record Foreman(String url, String source, String user, String password, Map<String, Long> locations) {

		public Foreman {
			locations = (locations != null) ? Map.copyOf(locations) : Map.of();
		}

	}

}
