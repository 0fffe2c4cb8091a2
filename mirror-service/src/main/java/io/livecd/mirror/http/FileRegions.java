package io.livecd.mirror.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Copies part of a file to a stream with positional reads, in constant memory. */
public final class FileRegions {

	static final int BUFFER = 128 * 1024;

	private FileRegions() {
	}

	public static void copy(FileChannel file, ByteRange range, OutputStream out) throws IOException {
		byte[] buffer = new byte[(int) Math.min(BUFFER, range.length())];
		long position = range.first();
		long remaining = range.length();
		while (remaining > 0) {
			ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, (int) Math.min(buffer.length, remaining));
			int n = file.read(chunk, position);
			if (n < 0) {
				throw new EOFException("file ended at " + position + ", before the end of the range");
			}
			out.write(buffer, 0, n);
			position += n;
			remaining -= n;
		}
	}

}
