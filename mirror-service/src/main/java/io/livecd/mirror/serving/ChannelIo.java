package io.livecd.mirror.serving;

import io.livecd.mirror.http.SpinWait;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SocketChannel;

/**
 * Blocking reads and writes of one connection of the file server, each under a deadline:
 * an operation that makes no progress for the idle timeout is ended by
 * {@link FileServer}'s reaper, which shuts the socket down (that wakes a thread blocked
 * in {@code read}, {@code write} or {@code sendfile}). Request heads are read into one
 * buffer, so pipelined requests stay there for the next round. The buffers belong to the
 * serving thread and outlive its connections: allocating direct buffers per connection
 * cost a cold miss tens of microseconds before its request was read.
 */
final class ChannelIo {

	static final int MAX_HEAD = 8 * 1024;

	private static final int OUTPUT = 16 * 1024;

	private static final long TRANSFER_STEP = 256 * 1024;

	private static final long DRAIN_NANOS = 2_000_000_000L;

	/**
	 * How long a new connection spins for its first request: clients send it right after
	 * the handshake, and the thread that {@code accept()} woke is usually there first.
	 */
	private static final long FIRST_REQUEST_SPIN_NANOS = 300_000;

	private final SocketChannel channel;

	private final long timeoutNanos;

	private final ByteBuffer input;

	private final ByteBuffer output;

	private volatile long deadline = Long.MAX_VALUE;

	/**
	 * @param buffers the serving thread's, emptied here for this connection
	 */
	ChannelIo(SocketChannel channel, long timeoutNanos, Buffers buffers) {
		this.channel = channel;
		this.timeoutNanos = timeoutNanos;
		this.input = buffers.input().clear();
		this.output = buffers.output().clear();
	}

	/** Waits for a new connection's first request by spinning briefly, not blocking. */
	void spinForFirstRequest() throws IOException {
		SpinWait.untilReadable(this.channel.socket().getInputStream(), FIRST_REQUEST_SPIN_NANOS);
	}

	/** The next request head, or {@code null} when the client closed between requests. */
	RequestHead nextHead() throws IOException, BadRequest {
		while (true) {
			skipEmptyLines();
			int end = headEnd();
			if (end >= 0) {
				return RequestHead.parse(takeHead(end));
			}
			if (!this.input.hasRemaining()) {
				throw new BadRequest(431, "Request header fields too large",
						"the request head is longer than " + MAX_HEAD + " bytes");
			}
			if (read(this.timeoutNanos) < 0) {
				if (this.input.position() == 0) {
					return null;
				}
				throw new EOFException("the client closed the connection within a request head");
			}
		}
	}

	/** Reads and drops what the client still sends, briefly, before closing. */
	void drain(long limit) {
		try {
			long dropped = 0;
			this.input.clear();
			while (dropped < limit) {
				int n = read(DRAIN_NANOS);
				if (n < 0) {
					return;
				}
				dropped += n;
				this.input.clear();
			}
		}
		catch (IOException ex) {
			// the client is gone: nothing left to drain
		}
	}

	void write(byte[] bytes, int offset, int length) throws IOException {
		if (length > this.output.remaining()) {
			flush();
		}
		if (length >= OUTPUT) {
			writeFully(ByteBuffer.wrap(bytes, offset, length));
		}
		else {
			this.output.put(bytes, offset, length);
		}
	}

	void flush() throws IOException {
		if (this.output.position() > 0) {
			this.output.flip();
			writeFully(this.output);
			this.output.clear();
		}
	}

	/**
	 * Sends {@code count} bytes of {@code file}: as many as fit after what is buffered
	 * (the response head) go out with it in one write, the rest with sendfile.
	 */
	void transfer(FileChannel file, long position, long count) throws IOException {
		long done = fillOutput(file, position, count);
		flush();
		while (done < count) {
			long n;
			arm();
			try {
				n = file.transferTo(position + done, Math.min(TRANSFER_STEP, count - done), this.channel);
			}
			catch (IOException ex) {
				throw new ClientGoneException(ex);
			}
			finally {
				this.deadline = Long.MAX_VALUE;
			}
			if (n <= 0) {
				throw new EOFException("the file ended at " + (position + done) + ", before the end of the range");
			}
			done += n;
		}
	}

	private long fillOutput(FileChannel file, long position, long count) throws IOException {
		int limit = this.output.limit();
		this.output.limit((int) Math.min(limit, this.output.position() + count));
		try {
			int n = file.read(this.output, position);
			return Math.max(n, 0);
		}
		finally {
			this.output.limit(limit);
		}
	}

	boolean expired(long now) {
		long at = this.deadline;
		return at != Long.MAX_VALUE && now - at > 0;
	}

	/** Ends the connection from another thread: blocked operations fail at once. */
	void abort() {
		try {
			this.channel.shutdownInput();
			this.channel.shutdownOutput();
		}
		catch (IOException ex) {
			// already shut down or closed
		}
		close();
	}

	/** Sends what is buffered and a FIN, without waiting for the client. */
	void shutdownOutput() throws IOException {
		flush();
		this.channel.shutdownOutput();
	}

	void close() {
		try {
			this.channel.close();
		}
		catch (IOException ex) {
			// nothing left to release
		}
	}

	private int read(long timeout) throws IOException {
		this.deadline = System.nanoTime() + timeout;
		try {
			return this.channel.read(this.input);
		}
		finally {
			this.deadline = Long.MAX_VALUE;
		}
	}

	private void writeFully(ByteBuffer buffer) throws IOException {
		arm();
		try {
			while (buffer.hasRemaining()) {
				this.channel.write(buffer);
			}
		}
		catch (IOException ex) {
			throw new ClientGoneException(ex);
		}
		finally {
			this.deadline = Long.MAX_VALUE;
		}
	}

	private void arm() {
		this.deadline = System.nanoTime() + this.timeoutNanos;
	}

	/** Drops CR and LF before a request line (RFC 9112, section 2.2). */
	private void skipEmptyLines() {
		int skip = 0;
		while (skip < this.input.position() && (this.input.get(skip) == '\r' || this.input.get(skip) == '\n')) {
			skip++;
		}
		if (skip > 0) {
			consume(skip);
		}
	}

	/** The offset just past the empty line that ends a head, or -1. */
	private int headEnd() {
		for (int i = 1; i < this.input.position(); i++) {
			if (this.input.get(i) == '\n' && (this.input.get(i - 1) == '\n'
					|| (i >= 2 && this.input.get(i - 1) == '\r' && this.input.get(i - 2) == '\n'))) {
				return i + 1;
			}
		}
		return -1;
	}

	/** The head's text without its empty line; what follows stays buffered. */
	private String takeHead(int end) {
		int last = end - 1;
		while (last > 0 && (this.input.get(last - 1) == '\n' || this.input.get(last - 1) == '\r')) {
			last--;
		}
		char[] text = new char[last];
		for (int i = 0; i < text.length; i++) {
			text[i] = (char) (this.input.get(i) & 0xff);
		}
		consume(end);
		return new String(text);
	}

	private void consume(int count) {
		this.input.flip();
		this.input.position(count);
		this.input.compact();
	}

	/** A serving thread's input and output buffers, used by one connection at a time. */
	record Buffers(ByteBuffer input, ByteBuffer output) {

		static Buffers allocate() {
			return new Buffers(ByteBuffer.allocateDirect(MAX_HEAD), ByteBuffer.allocateDirect(OUTPUT));
		}

	}

}
