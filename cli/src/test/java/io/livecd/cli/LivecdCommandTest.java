package io.livecd.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LivecdCommandTest {

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		CommandLine commandLine = LivecdCommand.commandLine();
		commandLine.setOut(new PrintWriter(this.out, true));
		commandLine.setErr(new PrintWriter(this.err, true));
		return commandLine.execute(args);
	}

	@Test
	void shouldListEveryCommandInItsHelp() {
		assertThat(run("--help")).isZero();
		assertThat(this.out.toString()).contains("Commands:")
			.containsPattern("\\n  up +Run the whole system on this machine")
			.containsPattern("\\n  down +Stop what 'livecd up' started")
			.containsPattern("\\n  publish +Publish a CI build")
			.containsPattern("\\n  status +Each alias's build")
			.containsPattern("\\n  history +Every move of an alias")
			.containsPattern("\\n  rollback +Move an alias back")
			.containsPattern("\\n  pin +Pin an alias to a build")
			.containsPattern("\\n  unpin +Unpin an alias")
			.containsPattern("\\n  replay +Show \\(or restore with --apply\\)")
			.containsPattern("\\n  task +Give a host a task")
			.containsPattern("\\n  demo +Show the whole flow on the local stack")
			.containsPattern("\\n  help ");
	}

	@Test
	void shouldExplainTheSettingsOfUp() {
		assertThat(run("up", "--help")).isZero();
		assertThat(this.out.toString()).contains("--detach", "LIVECD_HOME", "FOREMAN_URL", "stack.json");
	}

	@Test
	void shouldFailInOneLineWhenNothingAnswers() {
		assertThat(run("history", "speedtest.squashfs", "--repo-url", "http://127.0.0.1:1/")).isEqualTo(1);
		assertThat(this.err.toString()).isEqualTo("livecd: GET http://127.0.0.1:1/api/v1/aliases/speedtest.squashfs"
				+ "/history: nothing answers there (is the stack up?)" + System.lineSeparator());
	}

	@Test
	void shouldRefuseAnInvalidAliasBeforeAskingAnyone() {
		assertThat(run("pin", "../etc", "--build", "2", "--repo-url", "http://127.0.0.1:1", "--token", "t"))
			.isEqualTo(1);
		assertThat(this.err.toString()).startsWith("livecd: alias name '../etc' is invalid");
	}

	@Test
	void shouldRequireTheBuildToPinAndTheInstantToReplay() {
		assertThat(run("pin", "initrd")).isEqualTo(2);
		assertThat(this.err.toString()).contains("Missing required option: '--build=N'");
		assertThat(run("replay", "--until", "yesterday")).isEqualTo(2);
		assertThat(this.err.toString()).contains("--until");
	}

	@Test
	void shouldAskForACommand() {
		assertThat(run()).isEqualTo(2);
		assertThat(this.err.toString()).contains("Missing command", "Usage: livecd");
	}

	@Test
	void shouldReportAWrongSettingInOneLine() throws Exception {
		CommandLine commandLine = LivecdCommand.commandLine();
		commandLine.setErr(new PrintWriter(this.err, true));
		int code = commandLine.getExecutionExceptionHandler()
			.handleExecutionException(new IllegalArgumentException("LIVECD_S3_PORT=x is not a port number"),
					commandLine, null);
		assertThat(code).isEqualTo(1);
		assertThat(this.err.toString())
			.isEqualTo("livecd: LIVECD_S3_PORT=x is not a port number" + System.lineSeparator());
	}

	@Test
	void shouldLetProgrammingErrorsThrough() {
		CommandLine commandLine = LivecdCommand.commandLine();
		NullPointerException bug = new NullPointerException("bug");
		assertThatThrownBy(
				() -> commandLine.getExecutionExceptionHandler().handleExecutionException(bug, commandLine, null))
			.isSameAs(bug);
	}

}
