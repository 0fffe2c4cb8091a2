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
 * are (a streamed single PUT holds one buffer, plus its pipe of 1 MiB). An upload that
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
		try {
			if (!this.available.tryAcquire(this.wait.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new StagingUnavailableException("no upload buffer became free within " + this.wait, null);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new StagingUnavailableException("interrupted while waiting for an upload buffer", ex);
		}
		byte[] buffer = this.free.poll();
		return (buffer != null) ? buffer : new byte[this.size];
	}

	void release(byte[] buffer) {
		this.free.add(buffer);
		this.available.release();
	}

}
