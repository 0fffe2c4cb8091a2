package io.livecd.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ServiceSpecTest {

	@TempDir
	Path repo;

	private final ServiceSpec mirror = new ServiceSpec("mirror-ams", "mirror-service", 8091, Map.of());

	@Test
	void shouldRunTheNewestJarOfItsModule() throws IOException {
		Path target = Files.createDirectories(this.repo.resolve("mirror-service/target"));
		Path old = Files.writeString(target.resolve("mirror-service-0.1.0.jar"), "old");
		Files.setLastModifiedTime(old, FileTime.from(Instant.parse("2025-01-01T00:00:00Z")));
		Path current = Files.writeString(target.resolve("mirror-service-0.2.0-SNAPSHOT.jar"), "new");
		Files.writeString(target.resolve("mirror-service-0.2.0-SNAPSHOT.jar.original"), "plain");
		assertThat(this.mirror.jar(this.repo)).isEqualTo(current);
	}

	@Test
	void shouldTellAClassifiedJarFromThePlainOne() throws IOException {
		Path target = Files.createDirectories(this.repo.resolve("foreman-simulator/target"));
		Path exec = Files.writeString(target.resolve("foreman-simulator-0.1.0-SNAPSHOT-exec.jar"), "exec");
		Path plain = Files.writeString(target.resolve("foreman-simulator-0.1.0-SNAPSHOT.jar"), "plain");
		assertThat(new ServiceSpec("foreman-simulator", "foreman-simulator", 8084, Map.of(), "exec").jar(this.repo))
			.isEqualTo(exec);
		assertThat(new ServiceSpec("foreman-simulator", "foreman-simulator", 8084, Map.of()).jar(this.repo))
			.isEqualTo(plain);
	}

	@Test
	void shouldSayHowToBuildAMissingJar() {
		assertThatIllegalStateException().isThrownBy(() -> this.mirror.jar(this.repo))
			.withMessageContaining("No jar of mirror-service")
			.withMessageContaining("./mvnw -B -q -DskipTests package -pl mirror-service -am");
	}

}
