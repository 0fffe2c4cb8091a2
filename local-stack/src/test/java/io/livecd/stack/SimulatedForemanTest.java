package io.livecd.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatedForemanTest {

	@TempDir
	Path home;

	@Test
	void shouldMakeAPasswordOnceAndKeepItForTheOwnerOnly() throws IOException {
		StackLayout layout = new StackLayout(this.home);
		SimulatedForeman first = SimulatedForeman.prepare(layout, 8084);
		SimulatedForeman second = SimulatedForeman.prepare(layout, 8084);
		assertThat(first.password()).hasSize(32).isEqualTo(second.password());
		assertThat(first.passwordFile()).isEqualTo(this.home.resolve("foreman/password"));
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.passwordFile())))
			.isEqualTo("rw-------");
	}

	@Test
	void shouldDescribeItselfWithItsCredentialsAndLocations() {
		SimulatedForeman simulator = new SimulatedForeman(18084, "pw", Path.of("/data/foreman/password"));
		assertThat(simulator.describe()).isEqualTo(new StackDescription.Foreman("http://127.0.0.1:18084", "simulator",
				"admin", "pw", Map.of("ams", 1L, "nyc", 2L)));
	}

}
