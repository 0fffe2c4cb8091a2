package io.livecd.stack;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class ChildEnvironmentTest {

	@Test
	void shouldDropTheContractVariablesOfTheOperatorsShell() {
		Map<String, String> parent = Map.of("PATH", "/usr/bin", "JAVA_HOME", "/jdk", "PORT", "1234", "KAFKA_BOOTSTRAP",
				"prod:9092", "LIVECD_TOPIC_PREFIX", "test-", "S3_ENDPOINT", "https://s3.prod", "MIRROR_QUOTA", "1GB",
				"FOREMAN_URL", "https://foreman.prod", "LIVECD_TOKENS", "x:ci:00", "SERVER_ADDRESS", "0.0.0.0");
		assertThat(ChildEnvironment.of(parent)).containsOnly(entry("PATH", "/usr/bin"), entry("JAVA_HOME", "/jdk"));
	}

}
