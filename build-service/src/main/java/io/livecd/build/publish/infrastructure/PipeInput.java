package io.livecd.build.publish.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import okio.Buffer;
import okio.Source;

/**
 * The reading end of an okio pipe as a stream, taking all the pipe holds at each refill:
 * the writing thread is woken once per chunk it wrote rather than per 8 KiB segment.
 */
final class PipeInput extends InputStream {

	private final Source source;

	private final Buffer buffer = new Buffer();

	PipeInput(Source source) {
		this.source = source;
	}

	@Override
	public int read() throws IOException {
		return refill() ? (this.buffer.readByte() & 0xff) : -1;
	}

	@Override
	public int read(byte[] bytes, int offset, int length) throws IOException {
		return refill() ? this.buffer.read(bytes, offset, length) : -1;
	}

	private boolean refill() throws IOException {
		return this.buffer.size() > 0 || this.source.read(this.buffer, Long.MAX_VALUE) >= 0;
	}

	@Override
	public void close() throws IOException {
		this.source.close();
	}

}
