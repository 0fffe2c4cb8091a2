package io.livecd.mirror.http;

import java.io.IOException;
import java.io.InputStream;

/**
 * Spins, for a bounded time, until a socket has bytes to read, so that a read expected to
 * succeed within microseconds does not block. A thread blocked in {@code poll()} waits
 * for the scheduler to wake it: on the two-core development machine, with the origin busy
 * on loopback, that took 0.3 to 0.5 ms of a cold miss's time to first byte
 * ({@code ttfb-split.sh}); a spinning thread sees the bytes at once. The cost is at most
 * the bound, of one core, per call.
 */
public final class SpinWait {

	private SpinWait() {
	}

	/**
	 * Returns once {@code in} has bytes to read or {@code nanos} passed; a blocking read
	 * follows either way. Not for TLS streams, whose {@code available()} counts only
	 * bytes already decrypted.
	 */
	public static void untilReadable(InputStream in, long nanos) throws IOException {
		long started = System.nanoTime();
		while (in.available() == 0 && System.nanoTime() - started < nanos) {
			Thread.onSpinWait();
		}
	}

}
