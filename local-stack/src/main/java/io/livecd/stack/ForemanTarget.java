package io.livecd.stack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A real Foreman that the stack's foreman-bridge talks to, from the same
 * {@code FOREMAN_*} variables the bridge itself reads.
 *
 * @param settings the {@code FOREMAN_*} variables that are set, by name
 */
public record ForemanTarget(Map<String, String> settings) {

	static final String URL = "FOREMAN_URL";

	/**
	 * The variables passed through to foreman-bridge, as the configuration contract names
	 * them.
	 */
	static final List<String> VARIABLES = List.of(URL, "FOREMAN_USER", "FOREMAN_PASSWORD", "FOREMAN_PASSWORD_FILE",
			"FOREMAN_CA_FILE");

	public ForemanTarget {
		settings = Map.copyOf(settings);
	}

	/** The Foreman named by {@code FOREMAN_URL}, or empty when it is not set. */
	static Optional<ForemanTarget> fromEnvironment(Map<String, String> env) {
		if (StackSettings.blank(env.get(URL))) {
			return Optional.empty();
		}
		Map<String, String> settings = new LinkedHashMap<>();
		for (String name : VARIABLES) {
			String value = env.get(name);
			if (!StackSettings.blank(value)) {
				settings.put(name, value);
			}
		}
		return Optional.of(new ForemanTarget(settings));
	}

	public String url() {
		return this.settings.get(URL);
	}

}
