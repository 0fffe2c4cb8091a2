package io.livecd.testkit;

import java.io.InputStream;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Pseudo-random bytes of a given length, generated as they are read: a large object to
 * stream through a test without holding it in memory. The same seed gives the same bytes.
 */
public final class GeneratedContent extends InputStream {

	private final SplittableRandom random;

	private long remaining;

	private long word;

	private int wordBytesLeft;

	private GeneratedContent(long size, long seed) {
		this.random = new SplittableRandom(seed);
		this.remaining = size;
	}

	/** A stream of {@code size} bytes derived from {@code seed}. */
	public static InputStream of(long size, long seed) {
		if (size < 0) {
			throw new IllegalArgumentException("size must not be negative: " + size);
		}
		return new GeneratedContent(size, seed);
	}

	@Override
	public int read() {
		if (this.remaining == 0) {
			return -1;
		}
		this.remaining--;
		return nextByte();
	}

	@Override
	public int read(byte[] buffer, int offset, int length) {
		Objects.checkFromIndexSize(offset, length, buffer.length);
		if (length == 0) {
			return 0;
		}
		if (this.remaining == 0) {
			return -1;
		}
		int count = (int) Math.min(length, this.remaining);
		for (int i = 0; i < count; i++) {
			buffer[offset + i] = (byte) nextByte();
		}
		this.remaining -= count;
		return count;
	}

	@Override
	public int available() {
		return (int) Math.min(Integer.MAX_VALUE, this.remaining);
	}

	private int nextByte() {
		if (this.wordBytesLeft == 0) {
			this.word = this.random.nextLong();
			this.wordBytesLeft = Long.BYTES;
		}
		int value = (int) (this.word & 0xFF);
		this.word >>>= 8;
		this.wordBytesLeft--;
		return value;
	}

}
