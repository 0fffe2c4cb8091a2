package io.livecd.mirror.cache.infrastructure;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProtocolException;

/**
 * The body of an HTTP/1.1 response: as long as announced, chunked, or up to the close.
 */
final class BodyStreams {

	private BodyStreams() {
	}

	static InputStream of(InputStream in, ResponseHead head) throws IOException {
		if (head.chunked()) {
			return new Chunked(in);
		}
		long length = head.contentLength();
		return (length >= 0) ? new Limited(in, length) : in;
	}

	/**
	 * Ends after {@code remaining} bytes; ending earlier is left to the reader to notice.
	 */
	private static final class Limited extends FilterInputStream {

		private long remaining;

		Limited(InputStream in, long length) {
			super(in);
			this.remaining = length;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return (read(one, 0, 1) < 0) ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (this.remaining == 0) {
				return -1;
			}
			int n = this.in.read(buffer, offset, (int) Math.min(length, this.remaining));
			if (n > 0) {
				this.remaining -= n;
			}
			return n;
		}

	}

	/** Chunked transfer coding (RFC 9112, section 7.1); a truncated body is an error. */
	private static final class Chunked extends FilterInputStream {

		private long chunk;

		private boolean done;

		Chunked(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return (read(one, 0, 1) < 0) ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (this.done) {
				return -1;
			}
			if (this.chunk == 0) {
				this.chunk = size(ResponseHead.line(this.in));
				if (this.chunk == 0) {
					skipTrailerFields();
					this.done = true;
					return -1;
				}
			}
			int n = this.in.read(buffer, offset, (int) Math.min(length, this.chunk));
			if (n < 0) {
				throw new EOFException("connection closed inside a chunk");
			}
			this.chunk -= n;
			if (this.chunk == 0 && !ResponseHead.line(this.in).isEmpty()) {
				throw new ProtocolException("chunk not followed by CRLF");
			}
			return n;
		}

		private void skipTrailerFields() throws IOException {
			String field;
			do {
				field = ResponseHead.line(this.in);
			}
			while (!field.isEmpty());
		}

		private static long size(String line) throws ProtocolException {
			int end = line.indexOf(';');
			String hex = ((end < 0) ? line : line.substring(0, end)).strip();
			if (hex.isEmpty() || hex.length() > 15 || !hex.chars().allMatch((c) -> Character.digit(c, 16) >= 0)) {
				throw new ProtocolException("invalid chunk size: " + line);
			}
			return Long.parseLong(hex, 16);
		}

	}

}
