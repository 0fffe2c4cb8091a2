package io.livecd.build.publish.application;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes at most {@code limit} bytes through and throws {@link ArtifactTooLargeException}
 * as soon as the stream has more, without reading further.
 */
final class SizeLimitedInputStream extends FilterInputStream {

	private final long limit;

	private long remaining;

	SizeLimitedInputStream(InputStream in, long limit) {
		super(in);
		this.limit = limit;
		this.remaining = limit;
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		int n = read(one, 0, 1);
		return (n == -1) ? -1 : one[0] & 0xFF;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		int allowed = (int) Math.min(length, this.remaining + 1);
		int n = super.read(buffer, offset, allowed);
		if (n > 0) {
			this.remaining -= n;
			if (this.remaining < 0) {
				throw new ArtifactTooLargeException(this.limit);
			}
		}
		return n;
	}

	@Override
	public long skip(long n) {
		throw new UnsupportedOperationException("skipping would leave bytes out of the limit");
	}

	@Override
	public boolean markSupported() {
		return false;
	}

}
