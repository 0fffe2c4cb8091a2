package io.livecd.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DockerEngineTest {

	@TempDir
	Path root;

	@TempDir
	Path home;

	@Test
	void shouldFindNothingWithoutHostSettingOrSocket() {
		assertThat(DockerEngine.locate(Map.of(), this.root, this.home)).isEmpty();
	}

	@Test
	void shouldTakeDockerHostFromTheEnvironment() {
		assertThat(DockerEngine.locate(Map.of("DOCKER_HOST", "tcp://builder:2375"), this.root, this.home))
			.contains("tcp://builder:2375");
	}

	@Test
	void shouldTakeDockerHostFromTestcontainersProperties() throws IOException {
		Files.writeString(this.home.resolve(".testcontainers.properties"), "docker.host=tcp://other:2376\n");

		assertThat(DockerEngine.locate(Map.of(), this.root, this.home)).contains("tcp://other:2376");
	}

	@Test
	void shouldFindTheSystemSocket() throws IOException {
		Path socket = Files.createDirectories(this.root.resolve("var/run")).resolve("docker.sock");
		Files.createFile(socket);

		assertThat(DockerEngine.locate(Map.of(), this.root, this.home)).contains("unix://" + socket);
	}

	@Test
	void shouldFindARootlessSocket() throws IOException {
		Path socket = Files.createFile(this.home.resolve("docker.sock"));

		assertThat(DockerEngine.locate(Map.of("XDG_RUNTIME_DIR", this.home.toString()), this.root, this.home))
			.contains("unix://" + socket);
	}

}
