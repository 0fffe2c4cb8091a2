package io.livecd.cli.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PublishCommandTest {

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@TempDir
	Path dir;

	@Test
	void shouldFailWithOneLineForAFileThatDoesNotExist() {
		int exit = run("--job", "job", "--build", "42", "--image", "speedtest", "--server", "http://127.0.0.1:1",
				"--token", "t", this.dir.resolve("missing.iso").toString());

		assertThat(exit).isEqualTo(1);
		assertThat(this.err.toString()).isEqualTo("livecd publish: " + this.dir.resolve("missing.iso")
				+ " is not a readable file" + System.lineSeparator());
		assertThat(this.out.toString()).isEmpty();
	}

	@Test
	void shouldRefuseFileNamesThatAreNotValidArtifactNames() throws IOException {
		Path file = Files.writeString(this.dir.resolve("bad name.iso"), "x");

		assertThat(run("--job", "job", "--build", "42", "--image", "speedtest", file.toString())).isEqualTo(1);

		assertThat(this.err.toString()).startsWith("livecd publish: artifact name 'bad name.iso' is invalid");
	}

	@Test
	void shouldRefuseTwoFilesWithTheSameName() throws IOException {
		Path one = Files.createDirectories(this.dir.resolve("a")).resolve("vmlinuz");
		Path two = Files.createDirectories(this.dir.resolve("b")).resolve("vmlinuz");
		Files.writeString(one, "1");
		Files.writeString(two, "2");

		assertThat(run("--job", "job", "--build", "42", "--image", "speedtest", one.toString(), two.toString()))
			.isEqualTo(1);

		assertThat(this.err.toString()).contains("two files are named vmlinuz");
	}

	@Test
	void shouldSayWhereTheServerCouldComeFromWhenNoneIsKnown() throws IOException {
		Path file = Files.writeString(this.dir.resolve("vmlinuz"), "x");

		assertThat(run("--job", "job", "--build", "42", "--image", "speedtest", file.toString())).isEqualTo(1);

		assertThat(this.err.toString()).startsWith("livecd publish: no build-service URL: pass --server")
			.contains(this.dir.resolve(".livecd-local/stack.json").toString());
	}

	@Test
	void shouldFailWithOneLineWhenTheServerCannotBeReached() throws IOException {
		Path file = Files.writeString(this.dir.resolve("vmlinuz"), "x");

		int exit = run("--job", "job", "--build", "42", "--image", "speedtest", "--server", "http://127.0.0.1:1",
				"--token", "t", "--retries", "0", file.toString());

		assertThat(exit).isEqualTo(1);
		assertThat(this.err.toString()).startsWith("livecd publish: opening job #42 failed: ").hasLineCount(1);
	}

	@Test
	void shouldAnswerAMissingOptionWithUsage() {
		assertThat(run("--build", "42")).isEqualTo(2);
		assertThat(this.err.toString()).contains("Missing required options");
	}

	private int run(String... args) {
		CommandLine command = new CommandLine(new PublishCommand(Map.of(), this.dir, false, (duration) -> {
		}));
		command.setOut(new PrintWriter(this.out, true));
		command.setErr(new PrintWriter(this.err, true));
		return command.execute(args);
	}

}
