package io.livecd.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The Foreman API simulator that the stack runs when no {@code FOREMAN_URL} is set,
 * seeded with organization 1, the locations {@code ams} (1) and {@code nyc} (2), host
 * group 1 and two hosts per location; and the settings that point foreman-bridge at it.
 *
 * @param port its HTTP port
 * @param password the password of its one user, kept in the data folder
 * @param passwordFile the file that holds the password
 */
record SimulatedForeman(int port, String password, Path passwordFile) {

	static final String NAME = "foreman-simulator";

	static final String USER = "admin";

	static final long ORGANIZATION = 1;

	static final long HOSTGROUP = 1;

	/** Foreman's location id of each location the stack runs a mirror for. */
	static final Map<String, Long> LOCATIONS = orderedLocations();

	private static final List<String> HOSTS = List.of("node1", "node2");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Loads the password from the data folder, or makes one at random the first time. */
	static SimulatedForeman prepare(StackLayout layout, int port) {
		Path file = layout.foremanPassword();
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(file.getParent());
				byte[] random = new byte[16];
				new SecureRandom().nextBytes(random);
				Files.createFile(file);
				OwnerOnly.restrict(file);
				Files.writeString(file, HexFormat.of().formatHex(random));
			}
			return new SimulatedForeman(port, Files.readString(file).strip(), file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or write " + file, ex);
		}
	}

	String url() {
		return "http://127.0.0.1:" + this.port;
	}

	/** The simulator's process: its port, its user and password, and its seed. */
	ServiceSpec spec() {
		Map<String, String> environment = Map.of("PORT", Integer.toString(this.port), "SERVER_ADDRESS", "127.0.0.1",
				"FOREMAN_USER", USER, "FOREMAN_PASSWORD", this.password, "SPRING_APPLICATION_JSON",
				JSON.writeValueAsString(Map.of("foreman-sim", seed())));
		return new ServiceSpec(NAME, NAME, this.port, environment, "exec");
	}

	/**
	 * What foreman-bridge needs to talk to the simulator (as its profile {@code local}
	 * says, with the stack's ports): the URL, the user, the password file, each
	 * location's id and mirror, and the host group whose TFTP files are rebuilt.
	 */
	Map<String, String> bridgeEnvironment(Map<String, String> mirrorUrls) {
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("FOREMAN_URL", url());
		environment.put("FOREMAN_USER", USER);
		environment.put("FOREMAN_PASSWORD_FILE", this.passwordFile.toString());
		LOCATIONS.forEach((location, id) -> {
			String prefix = "LIVECD_FOREMAN_LOCATIONS_" + location.toUpperCase(java.util.Locale.ROOT) + "_";
			environment.put(prefix + "LOCATIONID", Long.toString(id));
			environment.put(prefix + "MIRRORURL", mirrorUrls.get(location) + "/livecd");
		});
		environment.put("LIVECD_FOREMAN_REBUILDHOSTGROUPS", Long.toString(HOSTGROUP));
		return environment;
	}

	StackDescription.Foreman describe() {
		return new StackDescription.Foreman(url(), "simulator", USER, this.password, LOCATIONS);
	}

	private static Map<String, Object> seed() {
		List<Map<String, Object>> locations = new ArrayList<>();
		List<Map<String, Object>> hosts = new ArrayList<>();
		LOCATIONS.forEach((location, id) -> {
			locations.add(Map.of("id", id, "name", location));
			HOSTS.forEach((host) -> hosts.add(Map.of("name", host + "." + location + ".example.net", "organizationId",
					ORGANIZATION, "locationId", id, "hostgroupId", HOSTGROUP)));
		});
		return Map.of("organizations", List.of(Map.of("id", ORGANIZATION, "name", "livecd")), "locations", locations,
				"hostgroups", List.of(Map.of("id", HOSTGROUP, "name", "speedtest")), "hosts", hosts);
	}

	private static Map<String, Long> orderedLocations() {
		Map<String, Long> locations = new LinkedHashMap<>();
		locations.put("ams", 1L);
		locations.put("nyc", 2L);
		return java.util.Collections.unmodifiableMap(locations);
	}

}
