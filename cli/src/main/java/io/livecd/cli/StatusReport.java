package io.livecd.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code livecd status} found, and whether a location lags: per alias its target on
 * repo-service; per location what the mirror holds and what Foreman's parameter names.
 * Pure: the command gathers, this judges and prints.
 *
 * @param aliases each alias's target on repo-service
 * @param mirrors per location, what its mirror says of each alias (absent: no answer)
 * @param foreman per location, per alias, Foreman's parameter (absent: not asked)
 */
record StatusReport(List<Alias> aliases, Map<String, Map<String, MirrorAlias>> mirrors,
		Map<String, Map<String, ForemanValue>> foreman) {

	/**
	 * An alias on repo-service.
	 *
	 * @param alias its name
	 * @param build its target's build, or {@code null} before the first publish
	 * @param path its target's path ({@code builds/{job}/{file}})
	 * @param updatedAt when it last moved
	 * @param reason why it last moved
	 * @param pinned the build it is pinned to, or {@code null}
	 */
	record Alias(String alias, Long build, String path, Instant updatedAt, String reason, Long pinned) {
	}

	/**
	 * What a mirror says of an alias.
	 *
	 * @param target the build it knows the alias names
	 * @param warm whether that build is in its cache
	 * @param serving the build it serves under the alias
	 */
	record MirrorAlias(Long target, boolean warm, Long serving) {
	}

	/**
	 * A Foreman parameter.
	 *
	 * @param name its name
	 * @param value its value, or {@code null} when it is not set
	 * @param updatedAt when it last changed
	 */
	record ForemanValue(String name, String value, Instant updatedAt) {
	}

	/** Whether any location's mirror or Foreman does not (yet) name an alias's target. */
	boolean lags() {
		return !lagging().isEmpty();
	}

	/** Each alias and location that lags, as {@code alias@location}. */
	List<String> lagging() {
		List<String> lagging = new ArrayList<>();
		for (Alias alias : this.aliases) {
			for (String location : this.mirrors.keySet()) {
				if (alias.build() != null && location(location, alias, Instant.now()).endsWith(LAGS)) {
					lagging.add(alias.alias() + "@" + location);
				}
			}
		}
		return lagging;
	}

	/**
	 * Whether every alias names {@code build} and every location follows (never without a
	 * location to follow).
	 */
	boolean settledOn(long build) {
		return !this.mirrors.isEmpty()
				&& this.aliases.stream().allMatch((alias) -> Long.valueOf(build).equals(alias.build())) && !lags();
	}

	String render(Instant now) {
		return String.join("\n", lines(now)) + "\n";
	}

	private static final String LAGS = "LAGS";

	private List<String> lines(Instant now) {
		List<String> lines = new ArrayList<>();
		for (Alias alias : this.aliases) {
			if (alias.build() == null) {
				lines.add(alias.alias() + ": no build yet");
				continue;
			}
			lines.add(alias.alias() + ": build " + alias.build() + " (" + alias.path() + ", " + alias.reason() + " "
					+ Formats.ago(alias.updatedAt(), now) + ")"
					+ ((alias.pinned() != null) ? ", pinned to build " + alias.pinned() : ""));
			for (String location : this.mirrors.keySet()) {
				lines.add(location(location, alias, now));
			}
		}
		return lines;
	}

	private String location(String location, Alias alias, Instant now) {
		boolean ok = true;
		String mirrorText;
		Map<String, MirrorAlias> mirror = this.mirrors.get(location);
		MirrorAlias held = (mirror != null) ? mirror.get(alias.alias()) : null;
		if (mirror == null) {
			mirrorText = "mirror does not answer";
			ok = false;
		}
		else if (held == null || held.target() == null) {
			mirrorText = "mirror knows no target";
			ok = false;
		}
		else {
			boolean current = alias.build().equals(held.target()) && held.warm()
					&& alias.build().equals(held.serving());
			mirrorText = "mirror serves build " + ((held.serving() != null) ? held.serving() : "-")
					+ (held.warm() ? " (build " + held.target() + " warm)" : " (build " + held.target() + " warming)");
			ok = current;
		}
		String foremanText = "";
		ForemanValue value = this.foreman.getOrDefault(location, Map.of()).get(alias.alias());
		if (value != null) {
			boolean named = value.value() != null && value.value().contains(alias.path());
			foremanText = "; foreman " + value.name() + " = " + ((value.value() != null)
					? value.value() + " (" + Formats.ago(value.updatedAt(), now) + ")" : "unset");
			ok = ok && named;
		}
		return String.format("  %-5s %s%s  %s", location, mirrorText, foremanText, ok ? "ok" : LAGS);
	}

}
