package io.livecd.build.publish.infrastructure;

import io.livecd.build.publish.application.StagingUnavailableException;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The buffers all uploads share, one part each: where artifact bytes are held in memory,
 * so uploads never take more than {@code count x size} of heap however large or many they
 * are (a streamed single PUT reserves one buffer's share for its pipe). An upload that
 * finds none free waits; its client waits with it.
 */
class PartBuffers {

	private final int size;

	private final Semaphore available;

	private final Queue<byte[]> free = new ConcurrentLinkedQueue<>();

	private final Duration wait;

	PartBuffers(int count, int size, Duration wait) {
		this.size = size;
		this.available = new Semaphore(count, true);
		this.wait = wait;
	}

	int size() {
		return this.size;
	}

	byte[] acquire() {
		reserve();
		byte[] buffer = this.free.poll();
		return (buffer != null) ? buffer : new byte[this.size];
	}

	/**
	 * Takes one buffer's share of the bound without its array, for up to {@link #size}
	 * bytes held elsewhere; give it back with {@link #unreserve}.
	 */
	void reserve() {
		try {
			if (!this.available.tryAcquire(this.wait.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new StagingUnavailableException("no upload buffer became free within " + this.wait, null);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new StagingUnavailableException("interrupted while waiting for an upload buffer", ex);
		}
	}

	void release(byte[] buffer) {
		this.free.add(buffer);
		unreserve();
	}

	void unreserve() {
		this.available.release();
	}

}
