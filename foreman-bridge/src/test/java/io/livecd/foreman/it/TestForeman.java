package io.livecd.foreman.it;

import io.livecd.foremansim.ForemanSimulator;
import io.livecd.foremansim.application.Foreman;
import io.livecd.foremansim.model.Level;
import io.livecd.foremansim.model.Parameter;
import io.livecd.foremansim.model.ParameterDraft;
import io.livecd.foremansim.model.RecordedRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The simulated Foreman the ITs run against: locations ams (1) and nyc (2), host group
 * {@code speedtest} (1), hosts {@code node1.ams.example} and {@code node1.nyc.example}.
 */
final class TestForeman implements AutoCloseable {

	static final String USER = "admin";

	static final String PASSWORD = "Foreman-Pass-7f3a91";

	static final String AMS_MIRROR = "http://mirror-ams.example:8091/livecd";

	static final String NYC_MIRROR = "http://mirror-nyc.example:8091/livecd";

	private final ForemanSimulator simulator;

	private final HttpClient http = HttpClient.newHttpClient();

	private TestForeman(ForemanSimulator simulator) {
		this.simulator = simulator;
	}

	/** A personal access token the simulated Foreman accepts in place of the password. */
	static final String TOKEN = "pat-5d1c0e77b2";

	static TestForeman start() {
		return new TestForeman(ForemanSimulator.start("foreman-sim.user=" + USER, "foreman-sim.password=" + PASSWORD,
				"foreman-sim.tokens[0]=" + TOKEN, "foreman-sim.locations[0].id=1", "foreman-sim.locations[0].name=ams",
				"foreman-sim.locations[1].id=2", "foreman-sim.locations[1].name=nyc", "foreman-sim.hostgroups[0].id=1",
				"foreman-sim.hostgroups[0].name=speedtest", "foreman-sim.hosts[0].name=node1.ams.example",
				"foreman-sim.hosts[0].location-id=1", "foreman-sim.hosts[0].hostgroup-id=1",
				"foreman-sim.hosts[1].name=node1.nyc.example", "foreman-sim.hosts[1].location-id=2",
				"foreman-sim.hosts[1].hostgroup-id=1"));
	}

	/**
	 * The bridge's settings for this Foreman, without credentials: both locations, a
	 * second alias, TFTP rebuilds of host group 1, quick retries.
	 */
	Map<String, String> settings() {
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("livecd.foreman.url", url().toString());
		settings.put("livecd.foreman.user", USER);
		settings.put("livecd.foreman.locations.ams.location-id", "1");
		settings.put("livecd.foreman.locations.ams.mirror-url", AMS_MIRROR);
		settings.put("livecd.foreman.locations.nyc.location-id", "2");
		settings.put("livecd.foreman.locations.nyc.mirror-url", NYC_MIRROR);
		settings.put("livecd.foreman.aliases[speedtest.initrd]", "live_initrd");
		settings.put("livecd.foreman.rebuild-hostgroups", "1");
		settings.put("livecd.foreman.request-timeout", "5s");
		settings.put("livecd.foreman.retry.initial-backoff", "200ms");
		settings.put("livecd.foreman.retry.max-backoff", "2s");
		settings.put("livecd.foreman.retry.max-attempts", "100");
		return settings;
	}

	/** {@link #settings()} and the password, for a test context. */
	void register(DynamicPropertyRegistry registry) {
		settings().forEach((key, value) -> registry.add(key, () -> value));
		registry.add("livecd.foreman.password", () -> PASSWORD);
	}

	URI url() {
		return this.simulator.url();
	}

	Foreman state() {
		return this.simulator.state();
	}

	Optional<String> location(long id, String name) {
		return state().parameters()
			.of(Level.LOCATION, id)
			.stream()
			.filter((parameter) -> parameter.name().equals(name))
			.map(Parameter::text)
			.findFirst();
	}

	/**
	 * How many parameters of that name the location has (more than one would be a
	 * duplicate).
	 */
	long count(Level level, long id, String name) {
		return state().parameters().of(level, id).stream().filter((parameter) -> parameter.name().equals(name)).count();
	}

	int writes(Level level, long id, String name) {
		return state().parameters().writes(level, id, name);
	}

	/** Sets a location parameter directly, as an operator in Foreman's UI would. */
	void put(long locationId, String name, String value) {
		Optional<Parameter> existing = state().parameters().find(Level.LOCATION, locationId, name);
		if (existing.isPresent()) {
			state().parameters().update(existing.get(), new ParameterDraft(null, value, null, null));
		}
		else {
			state().parameters().create(Level.LOCATION, locationId, new ParameterDraft(name, value, null, null));
		}
	}

	/**
	 * The value a host's boot template sees, from {@code GET /api/hosts/:id}'s
	 * {@code all_parameters}.
	 */
	Optional<String> effective(String host, String name) {
		JsonNode body = get("/api/hosts/" + host + "?show_hidden_parameters=true");
		return body.get("all_parameters")
			.valueStream()
			.filter((parameter) -> name.equals(parameter.get("name").asString()))
			.map((parameter) -> parameter.get("value").asString())
			.findFirst();
	}

	/** The host's PXELinux file as the last TFTP rebuild wrote it, or empty. */
	Optional<String> tftp(String host) {
		return state().tftp().read(host).map((file) -> file.content());
	}

	List<RecordedRequest> requests() {
		return state().requests().all();
	}

	private JsonNode get(String path) {
		String basic = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(url().resolve(path))
			.header("Authorization", "Basic " + basic)
			.build();
		try {
			return JsonMapper.builder()
				.build()
				.readTree(this.http.send(request, HttpResponse.BodyHandlers.ofString()).body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.simulator.close();
	}

}
