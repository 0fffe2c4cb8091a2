package io.livecd.stack;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stops processes: SIGTERM, then SIGKILL for any that outlives its grace period. */
final class Stopper {

	private static final Duration AFTER_KILL = Duration.ofSeconds(10);

	private Stopper() {
	}

	/**
	 * How one process went.
	 *
	 * @param process the process
	 * @param took how long it took to go
	 * @param killed whether it needed SIGKILL
	 */
	record Stopped(RecordedProcess process, Duration took, boolean killed) {

	}

	/**
	 * Stops the given processes at once and waits for all of them; ones no longer running
	 * are skipped.
	 */
	static List<Stopped> stopAll(List<RecordedProcess> processes, Duration grace) {
		return Parallel.map(processes, (process) -> stop(process, grace)).stream().flatMap(Optional::stream).toList();
	}

	static Optional<Stopped> stop(RecordedProcess process, Duration grace) {
		Optional<ProcessHandle> live = process.live();
		if (live.isEmpty()) {
			return Optional.empty();
		}
		ProcessHandle handle = live.get();
		long start = System.nanoTime();
		handle.destroy();
		boolean killed = !awaitExit(handle, grace);
		if (killed) {
			handle.destroyForcibly();
			if (!awaitExit(handle, AFTER_KILL)) {
				throw new IllegalStateException(process.name() + " (pid " + process.pid() + ") survived SIGKILL");
			}
		}
		return Optional.of(new Stopped(process, Duration.ofNanos(System.nanoTime() - start), killed));
	}

	private static boolean awaitExit(ProcessHandle handle, Duration timeout) {
		try {
			handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (TimeoutException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return !handle.isAlive();
		}
		catch (ExecutionException ex) {
			return !handle.isAlive();
		}
	}

}
