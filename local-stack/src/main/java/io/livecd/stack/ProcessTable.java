package io.livecd.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The processes of one data folder, one file {@code run/<name>.pid} each, so that
 * {@code down} (or a later {@code up}) finds exactly what was started and nothing else.
 */
final class ProcessTable {

	private static final String SUFFIX = ".pid";

	private final Path dir;

	ProcessTable(Path dir) {
		this.dir = dir;
	}

	RecordedProcess record(String name, ProcessHandle handle) {
		RecordedProcess recorded = new RecordedProcess(name, handle.pid(),
				handle.info().startInstant().orElse(Instant.EPOCH));
		try {
			Files.writeString(file(name), recorded.line() + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot record process " + name + " in " + this.dir, ex);
		}
		return recorded;
	}

	/** Every recorded process, running or not; unreadable records are dropped. */
	List<RecordedProcess> recorded() {
		if (!Files.isDirectory(this.dir)) {
			return List.of();
		}
		List<RecordedProcess> all = new ArrayList<>();
		try (Stream<Path> files = Files.list(this.dir)) {
			for (Path file : files.filter((f) -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
				String fileName = file.getFileName().toString();
				String name = fileName.substring(0, fileName.length() - SUFFIX.length());
				try {
					all.add(RecordedProcess.parse(name, Files.readString(file)));
				}
				catch (RuntimeException ex) {
					forget(name);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + this.dir, ex);
		}
		return all;
	}

	/** The recorded processes that still run; the records of the others are removed. */
	List<RecordedProcess> running() {
		List<RecordedProcess> running = new ArrayList<>();
		for (RecordedProcess recorded : recorded()) {
			if (recorded.live().isPresent()) {
				running.add(recorded);
			}
			else {
				forget(recorded.name());
			}
		}
		return running;
	}

	void forget(String name) {
		try {
			Files.deleteIfExists(file(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot remove the record of " + name, ex);
		}
	}

	private Path file(String name) {
		return this.dir.resolve(name + SUFFIX);
	}

}
