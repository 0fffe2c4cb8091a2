package io.livecd.mirror.serving;

import io.livecd.mirror.http.ByteRange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.springframework.http.HttpStatus;

/**
 * A {@link FileResponse} of the file server, written on the request's own thread: a body
 * of known length as is, one of unknown length chunked, none for HEAD. Files leave with
 * sendfile. A response that ends short of its length makes its connection close.
 */
final class SocketFileResponse implements FileResponse {

	private static final byte[] CRLF = "\r\n".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] LAST_CHUNK = "0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

	private final ChannelIo io;

	private final boolean head;

	private final boolean close;

	private int status = 200;

	private final StringBuilder fields = new StringBuilder(256);

	private long contentLength = -1;

	private Body body;

	SocketFileResponse(ChannelIo io, boolean head, boolean close) {
		this.io = io;
		this.head = head;
		this.close = close;
	}

	@Override
	public void status(int status) {
		this.status = status;
	}

	@Override
	public void header(String name, String value) {
		this.fields.append(name).append(": ").append(value).append("\r\n");
	}

	@Override
	public void contentType(String type) {
		header("Content-Type", type);
	}

	@Override
	public void contentLength(long length) {
		this.contentLength = length;
	}

	@Override
	public boolean isCommitted() {
		return this.body != null;
	}

	@Override
	public void reset() {
		if (isCommitted()) {
			throw new IllegalStateException("the response is committed");
		}
		this.status = 200;
		this.fields.setLength(0);
		this.contentLength = -1;
	}

	@Override
	public OutputStream body() throws IOException {
		return commit();
	}

	@Override
	public void flush() throws IOException {
		commit();
		this.io.flush();
	}

	@Override
	public void sendFile(Path file, ByteRange range) throws IOException {
		Body out = commit();
		if (out.skip) {
			return;
		}
		out.count(range.length());
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			this.io.transfer(channel, range.first(), range.length());
		}
	}

	@Override
	public boolean clientGone(IOException ex) {
		return ex instanceof ClientGoneException;
	}

	@Override
	public IOException cut(Exception cause) {
		return new CutResponseException(cause);
	}

	/**
	 * Ends the response; {@code false} when the connection must close (asked for, or the
	 * body fell short of its length).
	 */
	boolean finish() throws IOException {
		Body out = commit();
		boolean complete = out.finish();
		this.io.flush();
		return complete && !this.close;
	}

	private Body commit() throws IOException {
		if (this.body != null) {
			return this.body;
		}
		StringBuilder text = new StringBuilder(160 + this.fields.length());
		HttpStatus known = HttpStatus.resolve(this.status);
		text.append("HTTP/1.1 ").append(this.status).append(' ');
		text.append((known != null) ? known.getReasonPhrase() : "Unknown").append("\r\n");
		text.append("Date: ").append(HttpDate.now()).append("\r\n").append(this.fields);
		boolean bodyAllowed = this.status >= 200 && this.status != 204 && this.status != 304;
		if (bodyAllowed && this.contentLength >= 0) {
			text.append("Content-Length: ").append(this.contentLength).append("\r\n");
		}
		boolean chunked = bodyAllowed && this.contentLength < 0 && !this.head;
		if (chunked) {
			text.append("Transfer-Encoding: chunked\r\n");
		}
		if (this.close) {
			text.append("Connection: close\r\n");
		}
		byte[] bytes = text.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
		this.io.write(bytes, 0, bytes.length);
		this.body = new Body(this.io, this.head || !bodyAllowed, chunked, bodyAllowed ? this.contentLength : 0);
		return this.body;
	}

	/** The body as its framing wants it. */
	private static final class Body extends OutputStream {

		private final ChannelIo io;

		private final boolean skip;

		private final boolean chunked;

		private final long length;

		private long written;

		Body(ChannelIo io, boolean skip, boolean chunked, long length) {
			this.io = io;
			this.skip = skip;
			this.chunked = chunked;
			this.length = length;
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] bytes, int offset, int count) throws IOException {
			if (this.skip || count == 0) {
				return;
			}
			if (this.chunked) {
				byte[] size = (Integer.toHexString(count) + "\r\n").getBytes(StandardCharsets.US_ASCII);
				this.io.write(size, 0, size.length);
				this.io.write(bytes, offset, count);
				this.io.write(CRLF, 0, CRLF.length);
				return;
			}
			count(count);
			this.io.write(bytes, offset, count);
		}

		@Override
		public void flush() throws IOException {
			this.io.flush();
		}

		void count(long count) throws IOException {
			if (this.length >= 0 && this.written + count > this.length) {
				throw new IOException("the body is longer than its Content-Length " + this.length);
			}
			this.written += count;
		}

		/** Whether the body is complete. */
		boolean finish() throws IOException {
			if (this.chunked) {
				this.io.write(LAST_CHUNK, 0, LAST_CHUNK.length);
				return true;
			}
			return this.skip || this.length < 0 || this.written == this.length;
		}

	}

}
