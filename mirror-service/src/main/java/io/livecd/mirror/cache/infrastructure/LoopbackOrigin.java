package io.livecd.mirror.cache.infrastructure;

import io.livecd.common.checksum.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * A minimal HTTP/1.1 origin on the loopback interface for the start-up warm-up: a few
 * threads, one connection each at a time, and two kinds of answer, so that the warm-up
 * takes the branches real upstreams make the mirror take. A path whose last character is
 * an odd digit gets what a plain web server such as nginx sends: a body larger than one
 * write to the client, more header fields, and an {@code ETag} that is not a checksum.
 * Every other path gets what repo-service and mirrors send: the body with its sha256 as
 * {@code ETag}. A branch the JIT never saw taken during the warm-up is compiled as a
 * trap, and the first real request that takes it throws the compiled code away: the miss
 * path then ran interpreted and profiling code again for thousands of requests.
 */
final class LoopbackOrigin implements AutoCloseable {

	/** A connection opened ahead waits for its request; the others go on meanwhile. */
	private static final int THREADS = 8;

	private static final int PLAIN_BODY_COPIES = 3;

	private final ServerSocket server;

	private final byte[] checksummed;

	private final byte[] plain;

	LoopbackOrigin(byte[] body) throws IOException {
		this.checksummed = response("Content-Type: application/octet-stream\r\nETag: \"" + Sha256.of(body) + "\"\r\n",
				body);
		byte[] larger = new byte[body.length * PLAIN_BODY_COPIES];
		for (int copy = 0; copy < PLAIN_BODY_COPIES; copy++) {
			System.arraycopy(body, 0, larger, copy * body.length, body.length);
		}
		this.plain = response(
				"Server: nginx\r\nDate: Thu, 26 Nov 2026 12:00:00 GMT\r\n"
						+ "Content-Type: application/octet-stream\r\nLast-Modified: Thu, 26 Nov 2026 11:00:00 GMT\r\n"
						+ "ETag: \"6745e2c1-" + Integer.toHexString(larger.length) + "\"\r\nAccept-Ranges: bytes\r\n",
				larger);
		this.server = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
		for (int thread = 0; thread < THREADS; thread++) {
			Thread serving = new Thread(this::serve, "warmup-origin-" + thread);
			serving.setDaemon(true);
			serving.start();
		}
	}

	private static byte[] response(String fields, byte[] body) {
		byte[] head = ("HTTP/1.1 200 OK\r\n" + fields + "Content-Length: " + body.length
				+ "\r\nConnection: close\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		byte[] response = new byte[head.length + body.length];
		System.arraycopy(head, 0, response, 0, head.length);
		System.arraycopy(body, 0, response, head.length, body.length);
		return response;
	}

	URI uri() {
		try {
			return new URI("http", null, this.server.getInetAddress().getHostAddress(), this.server.getLocalPort(),
					null, null, null);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void serve() {
		while (!this.server.isClosed()) {
			try (Socket socket = this.server.accept()) {
				String target = requestTarget(socket.getInputStream());
				socket.getOutputStream().write(isPlain(target) ? this.plain : this.checksummed);
			}
			catch (IOException ex) {
				// closed, or the client went away: the next one
			}
		}
	}

	private static boolean isPlain(String target) {
		char last = target.isEmpty() ? ' ' : target.charAt(target.length() - 1);
		return Character.isDigit(last) && (last - '0') % 2 == 1;
	}

	/** The request line's target; empty when the connection ended before the head did. */
	private static String requestTarget(InputStream in) throws IOException {
		String head = readRequestHead(in);
		String[] requestLine = (head != null) ? head.substring(0, head.indexOf('\r')).split(" ") : new String[0];
		return (requestLine.length > 1) ? requestLine[1] : "";
	}

	/**
	 * Reads the request head up to its blank line; {@code null} when the connection ended
	 * first.
	 */
	static String readRequestHead(InputStream in) throws IOException {
		StringBuilder head = new StringBuilder(256);
		int matched = 0;
		while (matched < 4) {
			int b = in.read();
			if (b < 0) {
				return null;
			}
			head.append((char) b);
			matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : ((b == '\r') ? 1 : 0);
		}
		return head.toString();
	}

	@Override
	public void close() throws IOException {
		this.server.close();
	}

}
