package io.livecd.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class JarCopiesTest {

	@TempDir
	Path dir;

	@Test
	void shouldKeepTheCopyWhenTheBuildRewritesTheJarInPlace() throws IOException {
		Path jar = Files.writeString(this.dir.resolve("repo-service-0.1.0-SNAPSHOT.jar"), "first build");
		Path copy = new JarCopies(this.dir.resolve("jars")).copy("repo-service", jar);

		Files.writeString(jar, "second build", StandardOpenOption.TRUNCATE_EXISTING);

		assertThat(copy).isEqualTo(this.dir.resolve("jars/repo-service.jar")).hasContent("first build");
	}

	@Test
	void shouldLeaveAProcessRunningFromTheOldCopyItsBytesWhenCopiedAgain() throws IOException {
		JarCopies copies = new JarCopies(this.dir.resolve("jars"));
		Path jar = Files.writeString(this.dir.resolve("mirror-service.jar"), "first build");
		Path copy = copies.copy("mirror-service", jar);
		try (InputStream running = Files.newInputStream(copy)) {
			Files.writeString(jar, "second build", StandardOpenOption.TRUNCATE_EXISTING);

			copies.copy("mirror-service", jar);

			assertThat(running.readAllBytes()).asString().isEqualTo("first build");
		}
		assertThat(copy).hasContent("second build");
		assertThat(this.dir.resolve("jars")).isDirectoryNotContaining("glob:**.partial");
	}

	@Test
	void shouldNameTheJarItCannotCopy() {
		assertThatExceptionOfType(UncheckedIOException.class)
			.isThrownBy(() -> new JarCopies(this.dir.resolve("jars")).copy("cli", this.dir.resolve("missing.jar")))
			.withMessageContaining("missing.jar");
	}

}
