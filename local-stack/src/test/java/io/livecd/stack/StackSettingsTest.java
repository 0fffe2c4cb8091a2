package io.livecd.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StackSettingsTest {

	private static final Path REPO = Path.of("/src/livecd");

	private static final Path WORKING_DIR = Path.of("/home/ops");

	private static StackSettings settings(Map<String, String> env) {
		return StackSettings.fromEnvironment(env, REPO, WORKING_DIR);
	}

	@Nested
	class Defaults {

		@Test
		void shouldKeepDataUnderTheCheckout() {
			assertThat(settings(Map.of()).home()).isEqualTo(REPO.resolve(".livecd-local"));
		}

		@Test
		void shouldUseTheContractPorts() {
			StackPorts ports = settings(Map.of()).ports();
			assertThat(ports)
				.isEqualTo(new StackPorts(9092, 9093, 9000, 8080, 8081, 8083, 8091, 8092, 8093, 8094, 8084));
		}

		@Test
		void shouldRunTheBridgeWithoutForemanAndWaitThreeMinutes() {
			StackSettings settings = settings(Map.of());
			assertThat(settings.foreman()).isEmpty();
			assertThat(settings.startTimeout()).isEqualTo(Duration.ofMinutes(3));
		}

	}

	@Nested
	class Overrides {

		@Test
		void shouldResolveARelativeHomeAgainstTheWorkingDirectory() {
			assertThat(settings(Map.of("LIVECD_HOME", "stack")).home()).isEqualTo(WORKING_DIR.resolve("stack"));
			assertThat(settings(Map.of("LIVECD_HOME", "/var/livecd")).home()).isEqualTo(Path.of("/var/livecd"));
		}

		@Test
		void shouldTakeEveryPortFromItsVariable() {
			StackPorts ports = settings(Map.ofEntries(Map.entry("LIVECD_KAFKA_PORT", "19092"),
					Map.entry("LIVECD_KAFKA_CONTROLLER_PORT", "19093"), Map.entry("LIVECD_S3_PORT", "19000"),
					Map.entry("LIVECD_REPO_PORT", "18080"), Map.entry("LIVECD_BUILD_PORT", "18081"),
					Map.entry("LIVECD_BRIDGE_PORT", "18083"), Map.entry("LIVECD_MIRROR_AMS_PORT", "18091"),
					Map.entry("LIVECD_MIRROR_NYC_PORT", " 18092 "), Map.entry("LIVECD_MIRROR_AMS_FILES_PORT", "18093"),
					Map.entry("LIVECD_MIRROR_NYC_FILES_PORT", "18094"), Map.entry("LIVECD_FOREMAN_PORT", "18084")))
				.ports();
			assertThat(ports)
				.isEqualTo(new StackPorts(19092, 19093, 19000, 18080, 18081, 18083, 18091, 18092, 18093, 18094, 18084));
		}

		@Test
		void shouldPassTheForemanVariablesThatAreSet() {
			StackSettings settings = settings(Map.of("FOREMAN_URL", "https://foreman.example", "FOREMAN_USER", "api",
					"FOREMAN_PASSWORD", "secret", "FOREMAN_CA_FILE", ""));
			assertThat(settings.foreman()).hasValueSatisfying((foreman) -> {
				assertThat(foreman.url()).isEqualTo("https://foreman.example");
				assertThat(foreman.settings()).containsOnlyKeys("FOREMAN_URL", "FOREMAN_USER", "FOREMAN_PASSWORD");
			});
		}

		@Test
		void shouldIgnoreForemanCredentialsWithoutAUrl() {
			assertThat(settings(Map.of("FOREMAN_USER", "api")).foreman()).isEmpty();
		}

		@Test
		void shouldTakeTheStartTimeoutInSeconds() {
			assertThat(settings(Map.of("LIVECD_START_TIMEOUT", "45")).startTimeout()).isEqualTo(Duration.ofSeconds(45));
		}

	}

	@Nested
	class Errors {

		@Test
		void shouldNameTheVariableOfAPortThatIsNoNumber() {
			assertThatIllegalArgumentException().isThrownBy(() -> settings(Map.of("LIVECD_S3_PORT", "nine")))
				.withMessage("LIVECD_S3_PORT=nine is not a port number");
		}

		@Test
		void shouldRejectAPortOutOfRange() {
			assertThatIllegalArgumentException().isThrownBy(() -> settings(Map.of("LIVECD_REPO_PORT", "70000")))
				.withMessageContaining("LIVECD_REPO_PORT=70000");
		}

		@Test
		void shouldRejectTwoComponentsOnOnePort() {
			assertThatIllegalArgumentException().isThrownBy(() -> settings(Map.of("LIVECD_MIRROR_NYC_PORT", "8091")))
				.withMessageContaining("LIVECD_MIRROR_AMS_PORT and LIVECD_MIRROR_NYC_PORT both name port 8091");
		}

		@Test
		void shouldRejectAStartTimeoutThatIsNotPositive() {
			assertThatIllegalArgumentException().isThrownBy(() -> settings(Map.of("LIVECD_START_TIMEOUT", "0")))
				.withMessageContaining("LIVECD_START_TIMEOUT=0");
			assertThatIllegalArgumentException().isThrownBy(() -> settings(Map.of("LIVECD_START_TIMEOUT", "soon")))
				.withMessageContaining("LIVECD_START_TIMEOUT=soon");
		}

	}

}
