package io.livecd.repo.serving;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Copies a window of bytes in 64 KiB steps and fails when the source ends early. */
final class BodyCopy {

	static final int BUFFER = 64 * 1024;

	private BodyCopy() {
	}

	static void copy(RangeSource source, long offset, long length, OutputStream out) throws IOException {
		if (length == 0) {
			return;
		}
		try (InputStream in = source.open(offset, length)) {
			byte[] buffer = new byte[BUFFER];
			long remaining = length;
			while (remaining > 0) {
				int n = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
				if (n < 0) {
					throw new EOFException(
							"source ended " + remaining + " bytes early at offset " + (offset + length - remaining));
				}
				out.write(buffer, 0, n);
				remaining -= n;
			}
		}
	}

}
