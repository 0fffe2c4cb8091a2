package io.livecd.stack;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/** One line per step of the stack, stamped with the time since the command started. */
final class Progress {

	private final PrintStream out;

	private final long start = System.nanoTime();

	Progress(PrintStream out) {
		this.out = out;
	}

	synchronized void step(String component, String text) {
		this.out.printf(Locale.ROOT, "[%6.1fs] %-15s %s%n", elapsed().toMillis() / 1000.0, component, text);
		this.out.flush();
	}

	synchronized void say(String text) {
		this.out.println(text);
		this.out.flush();
	}

	Duration elapsed() {
		return Duration.ofNanos(System.nanoTime() - this.start);
	}

	/** A duration as {@code 12.3 s}. */
	static String seconds(Duration duration) {
		return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
	}

	static String took(Duration duration) {
		return "(" + seconds(duration) + ")";
	}

}
