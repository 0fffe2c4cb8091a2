package io.livecd.foremansim.application;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A seeded simulator for use-case tests, called without HTTP: organization 1, locations 1
 * (ams) and 2 (nyc), host groups 1 {@code speedtest} and 2 {@code speedtest/ams}, hosts
 * {@code node1.ams.example} (id 1, in group 2) and {@code node1.nyc.example} (id 2, in
 * group 1). Its clock stands at 2026-11-20 10:00:00 UTC.
 */
final class SimulatedForeman {

	static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

	static final String ADMIN = basic("admin", "changeme");

	final Foreman foreman = Foreman.empty(Clock.fixed(NOW, ZoneOffset.UTC));

	final ForemanApi api;

	SimulatedForeman() {
		this.foreman.inventory().addOrganization(1, "hosting");
		this.foreman.inventory().addLocation(1, "ams");
		this.foreman.inventory().addLocation(2, "nyc");
		this.foreman.inventory().addHostgroup(1, "speedtest", 0);
		this.foreman.inventory().addHostgroup(2, "ams", 1);
		this.foreman.inventory().addHost(1, "node1.ams.example", 1, 1, 2);
		this.foreman.inventory().addHost(2, "node1.nyc.example", 1, 2, 1);
		this.api = new ForemanApi(this.foreman, new Credentials("admin", "changeme", List.of("pat-secret")),
				new PxeTemplate("boot/initrd.img", "ip=dhcp", "modprobe.blacklist=nouveau"),
				Clock.fixed(NOW, ZoneOffset.UTC));
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	Reply get(String pathAndQuery) {
		return call("GET", pathAndQuery, null, ADMIN, null);
	}

	Reply delete(String pathAndQuery) {
		return call("DELETE", pathAndQuery, null, ADMIN, null);
	}

	Reply post(String pathAndQuery, String json) {
		return call("POST", pathAndQuery, "application/json", ADMIN, json);
	}

	Reply put(String pathAndQuery, String json) {
		return call("PUT", pathAndQuery, "application/json", ADMIN, json);
	}

	Reply call(String method, String pathAndQuery, String contentType, String authorization, String body) {
		int question = pathAndQuery.indexOf('?');
		String path = (question >= 0) ? pathAndQuery.substring(0, question) : pathAndQuery;
		String rawQuery = (question >= 0) ? pathAndQuery.substring(question + 1) : "";
		byte[] bytes = (body != null) ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
		return this.api.handle(new Request(method, path, rawQuery, query(rawQuery), contentType, authorization, bytes));
	}

	/** Creates a parameter and fails the test unless Foreman answered 201. */
	JsonNode create(String collection, String name, String value) {
		String wrapper = collection.endsWith("common_parameters") ? "common_parameter" : "parameter";
		Reply reply = post(collection, "{\"" + wrapper + "\":{\"name\":\"" + name + "\",\"value\":\"" + value + "\"}}");
		if (reply.status() != 201) {
			throw new AssertionError("create answered " + reply.status() + ": " + reply.bodyText());
		}
		return json(reply);
	}

	static JsonNode json(Reply reply) {
		return Json.parse(reply.body());
	}

	static List<String> fieldNames(JsonNode node) {
		return new ArrayList<>(node.propertyNames());
	}

	private static Map<String, List<String>> query(String raw) {
		Map<String, List<String>> query = new LinkedHashMap<>();
		for (String pair : raw.split("&")) {
			if (!pair.isEmpty()) {
				String[] parts = pair.split("=", 2);
				query.computeIfAbsent(decode(parts[0]), (key) -> new ArrayList<>())
					.add((parts.length > 1) ? decode(parts[1]) : "");
			}
		}
		return query;
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

}
