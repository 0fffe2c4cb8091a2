package io.livecd.cli.publish;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Tells {@link Progress} how many bytes were read so far. */
final class ProgressInputStream extends FilterInputStream {

	private final Progress progress;

	private long read;

	ProgressInputStream(InputStream in, Progress progress) {
		super(in);
		this.progress = progress;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b != -1) {
			this.progress.sent(++this.read);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			this.read += n;
			this.progress.sent(this.read);
		}
		return n;
	}

}
