package io.livecd.cli.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackFileTest {

	@TempDir
	Path dir;

	@Test
	void shouldLookInLivecdHomeRelativeToTheWorkingDirectory() {
		assertThat(StackFile.location(Map.of("LIVECD_HOME", "stack-data"), this.dir, "/repo"))
			.isEqualTo(this.dir.resolve("stack-data/stack.json"));
	}

	@Test
	void shouldLookInTheCheckoutsDataFolderByDefault() {
		assertThat(StackFile.location(Map.of(), this.dir, "/repo"))
			.isEqualTo(Path.of("/repo/.livecd-local/stack.json"));
		assertThat(StackFile.location(Map.of(), this.dir, null))
			.isEqualTo(this.dir.resolve(".livecd-local/stack.json"));
	}

	@Test
	void shouldReadBuildServiceAndTheCiToken() throws IOException {
		Path file = this.dir.resolve("stack.json");
		Files.writeString(file,
				"{\"services\":{\"build-service\":\"http://127.0.0.1:8081\"},\"tokens\":{\"ci\":\"abc\"}}");

		StackFile stack = StackFile.read(file).orElseThrow();

		assertThat(stack.buildServiceUrl()).hasValue("http://127.0.0.1:8081");
		assertThat(stack.ciToken()).hasValue("abc");
	}

	@Test
	void shouldBeAbsentWhenTheStackDoesNotRunAndFailWhenUnreadable() throws IOException {
		assertThat(StackFile.read(this.dir.resolve("stack.json"))).isEmpty();
		Path broken = Files.writeString(this.dir.resolve("broken.json"), "{not json");

		assertThatExceptionOfType(PublishException.class).isThrownBy(() -> StackFile.read(broken))
			.withMessageStartingWith("cannot read " + broken);
	}

}
