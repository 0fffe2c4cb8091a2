package io.livecd.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a short command to its end, its output to a log file, and fails with the log's
 * tail.
 */
final class Commands {

	private static final int TAIL_LINES = 15;

	private Commands() {
	}

	static void run(String what, List<String> command, Map<String, String> environment, Path log, Duration timeout) {
		ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(log.toFile()).redirectErrorStream(true);
		builder.environment().clear();
		builder.environment().putAll(environment);
		try {
			Process process = builder.start();
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(
						what + " did not finish within " + Progress.seconds(timeout) + "; see " + log + tail(log));
			}
			if (process.exitValue() != 0) {
				throw new IllegalStateException(
						what + " failed (exit code " + process.exitValue() + "); see " + log + tail(log));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot run " + what + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(what + " was interrupted", ex);
		}
	}

	/**
	 * The last lines of a log file, indented, for an error message; empty if there are
	 * none.
	 */
	static String tail(Path log) {
		try {
			if (!Files.exists(log)) {
				return "";
			}
			List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
			int runStart = 0;
			for (int i = 0; i < lines.size(); i++) {
				if (lines.get(i).startsWith(Launcher.LOG_HEADER)) {
					runStart = i + 1;
				}
			}
			List<String> last = lines.subList(Math.max(runStart, lines.size() - TAIL_LINES), lines.size());
			return last.isEmpty() ? "" : "; its last lines:\n    " + String.join("\n    ", last);
		}
		catch (IOException ex) {
			return "";
		}
	}

}
