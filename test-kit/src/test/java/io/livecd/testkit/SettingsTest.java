package io.livecd.testkit;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SettingsTest {

	@Test
	void shouldNameTheEnvironmentVariableAfterTheProperty() {
		assertThat(Settings.environmentName("livecd.testkit.s3-access-key")).isEqualTo("LIVECD_TESTKIT_S3_ACCESS_KEY");
	}

	@Test
	void shouldPreferTheSystemPropertyOverTheEnvironment() {
		Settings settings = new Settings(Map.of("livecd.testkit.backend", "external"),
				Map.of("LIVECD_TESTKIT_BACKEND", "containers"));

		assertThat(settings.get("livecd.testkit.backend")).contains("external");
	}

	@Test
	void shouldFallBackToTheEnvironmentAndTreatBlankAsUnset() {
		Settings settings = new Settings(Map.of("livecd.testkit.s3-region", " "),
				Map.of("LIVECD_TESTKIT_S3_REGION", "eu-central-1", "LIVECD_TESTKIT_S3_ENDPOINT", ""));

		assertThat(settings.get("livecd.testkit.s3-region")).contains("eu-central-1");
		assertThat(settings.get("livecd.testkit.s3-endpoint", "none")).isEqualTo("none");
	}

	@Test
	void shouldNameEveryMissingSettingAtOnce() {
		Settings settings = new Settings(Map.of(), Map.of("LIVECD_TESTKIT_A", "1"));

		assertThatIllegalStateException()
			.isThrownBy(() -> settings.require("external", "livecd.testkit.a", "livecd.testkit.b", "livecd.testkit.c"))
			.withMessage("external needs livecd.testkit.b (LIVECD_TESTKIT_B), livecd.testkit.c (LIVECD_TESTKIT_C)");
	}

}
