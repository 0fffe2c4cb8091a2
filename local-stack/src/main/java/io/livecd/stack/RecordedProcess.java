package io.livecd.stack;

import java.time.Instant;
import java.util.Optional;

/**
 * A process the stack started, as its run file recorded it.
 *
 * @param name the component, e.g. {@code kafka} or {@code mirror-ams}
 * @param pid its process id
 * @param started when it started; together with the pid it names one process, so a pid
 * the system reused for another program is never taken for ours
 */
record RecordedProcess(String name, long pid, Instant started) {

	/** The process, if it still runs and is the one that was recorded. */
	Optional<ProcessHandle> live() {
		return ProcessHandle.of(this.pid)
			.filter(ProcessHandle::isAlive)
			.filter((handle) -> handle.info().startInstant().map(this.started::equals).orElse(false));
	}

	String line() {
		return this.pid + " " + this.started;
	}

	static RecordedProcess parse(String name, String line) {
		String[] parts = line.trim().split(" ");
		if (parts.length != 2) {
			throw new IllegalArgumentException("Not a process record: " + line);
		}
		return new RecordedProcess(name, Long.parseLong(parts[0]), Instant.parse(parts[1]));
	}

}
