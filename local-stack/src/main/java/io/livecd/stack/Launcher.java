package io.livecd.stack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Starts the stack's processes: output to a log file, no terminal input, each in its own
 * session where {@code setsid} exists (so Ctrl-C reaches only {@code up}, which then
 * stops them in order), and each recorded in the process table before anything else
 * happens.
 */
final class Launcher {

	/** The Java that runs this program, which runs every process of the stack too. */
	/** How each start is marked in a process's log, which later starts append to. */
	static final String LOG_HEADER = "---- livecd: ";

	static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

	private final ProcessTable table;

	private final Optional<Path> setsid = onPath("setsid");

	private boolean closed;

	Launcher(ProcessTable table) {
		this.table = table;
	}

	/**
	 * A started process.
	 *
	 * @param recorded its record
	 * @param process the process
	 * @param log where its output goes
	 * @param startNanos when it was started, by {@link System#nanoTime()}
	 */
	record Started(RecordedProcess recorded, Process process, Path log, long startNanos) {

		String name() {
			return this.recorded.name();
		}

	}

	synchronized Started start(String name, List<String> command, Map<String, String> environment, Path log) {
		if (this.closed) {
			throw new IllegalStateException("The stack is stopping; not starting " + name);
		}
		List<String> full = new ArrayList<>();
		this.setsid.ifPresent((path) -> full.add(path.toString()));
		full.addAll(command);
		ProcessBuilder builder = new ProcessBuilder(full)
			.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.redirectErrorStream(true);
		builder.environment().clear();
		builder.environment().putAll(environment);
		try {
			Files.writeString(log, LOG_HEADER + name + " starting at " + Instant.now() + "\n",
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			long startNanos = System.nanoTime();
			Process process = builder.start();
			return new Started(this.table.record(name, process.toHandle()), process, log, startNanos);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start " + name + ": " + ex.getMessage(), ex);
		}
	}

	/** Refuses every later start: called when the stack is being stopped. */
	synchronized void close() {
		this.closed = true;
	}

	private static Optional<Path> onPath(String program) {
		String path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		return Stream.of(path.split(File.pathSeparator))
			.filter((dir) -> !dir.isEmpty())
			.map((dir) -> Path.of(dir, program))
			.filter(Files::isExecutable)
			.findFirst();
	}

}
