package io.livecd.testkit;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where the shared Kafka broker and S3 server come from. Chosen with the system property
 * {@code livecd.testkit.backend} or the environment variable
 * {@code LIVECD_TESTKIT_BACKEND}.
 */
public enum Backend {

	/** A KRaft broker and s3proxy inside the test JVM (the default). */
	EMBEDDED,

	/** A broker and an S3 server that are already running, given by settings. */
	EXTERNAL,

	/** {@code apache/kafka} and {@code minio/minio} containers (needs Docker). */
	CONTAINERS;

	static final String SETTING = "livecd.testkit.backend";

	static Backend from(Settings settings) {
		String name = settings.get(SETTING, EMBEDDED.settingValue());
		return Arrays.stream(values())
			.filter((backend) -> backend.settingValue().equals(name.toLowerCase(Locale.ROOT)))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(
					SETTING + " (" + Settings.environmentName(SETTING) + ") must be one of "
							+ Arrays.stream(values()).map(Backend::settingValue).collect(Collectors.joining(", "))
							+ ", was '" + name + "'"));
	}

	String settingValue() {
		return name().toLowerCase(Locale.ROOT);
	}

	Services start(Settings settings) {
		return switch (this) {
			case EMBEDDED -> EmbeddedServices.start();
			case EXTERNAL -> ExternalServices.start(settings);
			case CONTAINERS -> ContainerServices.start(settings);
		};
	}

}
