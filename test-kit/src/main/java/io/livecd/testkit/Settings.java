package io.livecd.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Test-kit settings: a JVM system property such as {@code livecd.testkit.s3-endpoint}
 * wins over the environment variable named after it ({@code LIVECD_TESTKIT_S3_ENDPOINT}).
 */
final class Settings {

	private final Map<?, ?> systemProperties;

	private final Map<String, String> environment;

	Settings(Map<?, ?> systemProperties, Map<String, String> environment) {
		this.systemProperties = systemProperties;
		this.environment = environment;
	}

	static Settings fromSystem() {
		return new Settings(System.getProperties(), System.getenv());
	}

	static String environmentName(String property) {
		return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
	}

	/** The setting's value; a blank value counts as unset. */
	Optional<String> get(String property) {
		return nonBlank(this.systemProperties.get(property))
			.or(() -> nonBlank(this.environment.get(environmentName(property))));
	}

	private static Optional<String> nonBlank(Object value) {
		return Optional.ofNullable(value).map(Object::toString).map(String::trim).filter((text) -> !text.isEmpty());
	}

	String get(String property, String defaultValue) {
		return get(property).orElse(defaultValue);
	}

	/**
	 * Returns the values of all the given settings, or fails naming every one that is
	 * missing.
	 */
	List<String> require(String purpose, String... properties) {
		List<String> values = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (String property : properties) {
			get(property).ifPresentOrElse(values::add,
					() -> missing.add(property + " (" + environmentName(property) + ")"));
		}
		if (!missing.isEmpty()) {
			throw new IllegalStateException(purpose + " needs " + String.join(", ", missing));
		}
		return values;
	}

}
