package io.livecd.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.livecd.stack.TestStacks;

/**
 * Runs {@code livecd} commands as an operator would: in this JVM (picocli, with the flags
 * that name the servers) or as a process of their own whose environment names the local
 * stack (no flags).
 */
final class Livecd {

	private Livecd() {
	}

	/** What a command did: its exit code and what it printed. */
	record Run(int exit, String out, String err) {

		@Override
		public String toString() {
			return "exit " + this.exit + "\n" + this.out + this.err;
		}

	}

	static Run inProcess(Object... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = LivecdCommand.commandLine()
			.setOut(new PrintWriter(out, true))
			.setErr(new PrintWriter(err, true))
			.execute(List.of(args).stream().map(String::valueOf).toArray(String[]::new));
		return new Run(exit, out.toString(), err.toString());
	}

	/**
	 * The command in a JVM of its own, as {@code ./livecd} runs it, its output also kept
	 * in {@code log}.
	 */
	static Run inItsOwnProcess(Map<String, String> environment, Path log, Duration timeout, String... args) {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
						"-D" + Stacks.REPO_PROPERTY + "=" + TestStacks.REPO, "-cp",
						System.getProperty("java.class.path"), LivecdCommand.class.getName()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		try {
			Files.createDirectories(log.getParent());
			Process process = builder.start();
			if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
				throw new AssertionError("livecd " + String.join(" ", args) + " did not finish within " + timeout
						+ ":\n" + Files.readString(log));
			}
			return new Run(process.exitValue(), Files.readString(log), "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted", ex);
		}
	}

}
