package io.livecd.cli.publish;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * How far an upload got: a redrawn bar on a terminal, a line per tenth otherwise (CI logs
 * keep every line).
 */
abstract class Progress {

	private static final long MIN_REDRAW_NANOS = 200_000_000L;

	protected final PrintWriter out;

	private final LongSupplier nanoTime;

	private String name;

	private long total;

	private long startedAt;

	private long lastDrawn;

	Progress(PrintWriter out, LongSupplier nanoTime) {
		this.out = out;
		this.nanoTime = nanoTime;
	}

	/** A bar when a person watches, else plain lines. */
	static Progress forConsole(PrintWriter out, boolean terminal) {
		return terminal ? new Bar(out, System::nanoTime) : new Lines(out, System::nanoTime);
	}

	/** An upload of {@code total} bytes starts (again, after a retry). */
	final synchronized void start(String name, long total) {
		this.name = name;
		this.total = total;
		this.startedAt = this.nanoTime.getAsLong();
		this.lastDrawn = this.startedAt - MIN_REDRAW_NANOS;
		started();
	}

	/** {@code sent} bytes of the current upload have gone out. */
	final synchronized void sent(long sent) {
		long now = this.nanoTime.getAsLong();
		if (now - this.lastDrawn >= MIN_REDRAW_NANOS || sent == this.total) {
			this.lastDrawn = now;
			update(sent);
		}
	}

	/** The upload ended, well or not. */
	abstract void finished();

	protected void started() {
	}

	protected abstract void update(long sent);

	protected String name() {
		return this.name;
	}

	protected long total() {
		return this.total;
	}

	protected int percent(long sent) {
		return (this.total == 0) ? 100 : (int) (sent * 100 / this.total);
	}

	protected String rate(long sent) {
		double seconds = (this.nanoTime.getAsLong() - this.startedAt) / 1e9;
		return (seconds <= 0) ? "-" : String.format(Locale.ROOT, "%.1f MB/s", sent / seconds / 1e6);
	}

	static String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		String[] units = { "KiB", "MiB", "GiB", "TiB" };
		double value = bytes;
		int unit = -1;
		while (value >= 1024 && unit < units.length - 1) {
			value /= 1024;
			unit++;
		}
		return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
	}

	/** A bar redrawn in place with {@code \r}. */
	static final class Bar extends Progress {

		private static final int WIDTH = 30;

		Bar(PrintWriter out, LongSupplier nanoTime) {
			super(out, nanoTime);
		}

		@Override
		protected void update(long sent) {
			int filled = percent(sent) * WIDTH / 100;
			this.out.printf(Locale.ROOT, "\r%s [%s%s] %3d%% %s/%s %s ", name(), "#".repeat(filled),
					".".repeat(WIDTH - filled), percent(sent), size(sent), size(total()), rate(sent));
			this.out.flush();
		}

		@Override
		void finished() {
			this.out.println();
		}

	}

	/** A line at every tenth of the upload. */
	static final class Lines extends Progress {

		private int lastTenth;

		Lines(PrintWriter out, LongSupplier nanoTime) {
			super(out, nanoTime);
		}

		@Override
		protected void started() {
			this.lastTenth = -1;
		}

		@Override
		protected void update(long sent) {
			int tenth = percent(sent) / 10;
			if (tenth > this.lastTenth) {
				this.lastTenth = tenth;
				this.out.printf(Locale.ROOT, "%s: %d%% (%s of %s, %s)%n", name(), tenth * 10, size(sent), size(total()),
						rate(sent));
			}
		}

		@Override
		void finished() {
		}

	}

}
