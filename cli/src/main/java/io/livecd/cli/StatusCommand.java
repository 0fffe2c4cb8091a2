package io.livecd.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.livecd.stack.StackDescription;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** {@code livecd status}: where each alias points, and whether every location follows. */
@Command(name = "status", mixinStandardHelpOptions = true,
		header = "Each alias's build, and whether every location's mirror and Foreman follow it.",
		description = {
				"Asks repo-service for the aliases, each mirror (GET /api/v1/status) whether it serves the"
						+ " target warm, and Foreman (the local stack's, with the credentials in stack.json) what"
						+ " each location's parameter names.",
				"", "Exit code 0 when every location follows," + " 3 when one lags behind, 1 on an error." })
class StatusCommand implements Callable<Integer> {

	/** The Foreman parameter foreman-bridge sets for an alias (its default settings). */
	static final Map<String, String> PARAMETERS = Map.of("speedtest.squashfs", "live_squash");

	static final int LAGGING = 3;

	private static final DateTimeFormatter FOREMAN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

	@Mixin
	Servers servers;

	@Spec
	CommandSpec spec;

	private final Http http = new Http();

	@Override
	public Integer call() {
		StatusReport report = gather();
		this.spec.commandLine().getOut().print(report.render(Instant.now()));
		return report.lags() ? LAGGING : 0;
	}

	StatusReport gather() {
		List<StatusReport.Alias> aliases = new ArrayList<>();
		for (JsonNode alias : this.http.get(this.servers.repo() + "/api/v1/aliases")) {
			JsonNode target = alias.path("target");
			aliases.add(new StatusReport.Alias(alias.path("alias").asString(),
					target.isObject() ? target.path("build").asLong() : null,
					target.isObject() ? "builds/" + target.path("job").asString() + "/" + target.path("file").asString()
							: null,
					instant(alias.path("updatedAt").asString(null)), alias.path("reason").asString("-"),
					alias.path("pinnedBuild").isNumber() ? alias.path("pinnedBuild").asLong() : null));
		}
		Map<String, Map<String, StatusReport.MirrorAlias>> mirrors = new LinkedHashMap<>();
		this.servers.mirrors().forEach((location, url) -> mirrors.put(location, mirror(url)));
		Map<String, Map<String, StatusReport.ForemanValue>> foreman = new LinkedHashMap<>();
		this.servers.stack()
			.map(StackDescription::foreman)
			.filter((f) -> f.url() != null && f.password() != null)
			.ifPresent((f) -> f.locations().forEach((location, id) -> foreman.put(location, foreman(f, id))));
		return new StatusReport(aliases, mirrors, foreman);
	}

	private Map<String, StatusReport.MirrorAlias> mirror(String url) {
		JsonNode status;
		try {
			status = this.http.get(url + "/api/v1/status");
		}
		catch (IllegalStateException unreachable) {
			return null;
		}
		Map<String, StatusReport.MirrorAlias> aliases = new LinkedHashMap<>();
		for (JsonNode alias : status.path("aliases")) {
			aliases.put(alias.path("alias").asString(), new StatusReport.MirrorAlias(build(alias.path("target")),
					alias.path("warm").asBoolean(false), build(alias.path("serving"))));
		}
		return aliases;
	}

	private Map<String, StatusReport.ForemanValue> foreman(StackDescription.Foreman foreman, long locationId) {
		Map<String, StatusReport.ForemanValue> values = new LinkedHashMap<>();
		PARAMETERS.forEach((alias, name) -> {
			String search = URLEncoder.encode("name = " + name, StandardCharsets.UTF_8).replace("+", "%20");
			JsonNode results = this.http
				.get(foreman.url() + "/api/locations/" + locationId + "/parameters?search=" + search, foreman.user(),
						foreman.password())
				.path("results");
			JsonNode parameter = results.isEmpty() ? null : results.get(0);
			values.put(alias,
					new StatusReport.ForemanValue(name, (parameter != null) ? parameter.path("value").asString() : null,
							(parameter != null) ? foremanTime(parameter.path("updated_at").asString(null)) : null));
		});
		return values;
	}

	private static Long build(JsonNode target) {
		return target.isObject() ? target.path("build").asLong() : null;
	}

	private static Instant instant(String text) {
		return (text != null) ? Instant.parse(text) : null;
	}

	static Instant foremanTime(String text) {
		return (text != null) ? LocalDateTime.parse(text, FOREMAN_TIME).toInstant(ZoneOffset.UTC) : null;
	}

}
