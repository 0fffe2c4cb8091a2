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
 * A minimal HTTP/1.1 origin on the loopback interface for the start-up warm-up: one
 * thread, one connection at a time, the same body with its sha256 {@code ETag} for every
 * path.
 */
final class LoopbackOrigin implements AutoCloseable {

	private final ServerSocket server;

	private final byte[] response;

	LoopbackOrigin(byte[] body) throws IOException {
		byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: " + body.length
				+ "\r\nETag: \"" + Sha256.of(body) + "\"\r\nConnection: close\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		this.response = new byte[head.length + body.length];
		System.arraycopy(head, 0, this.response, 0, head.length);
		System.arraycopy(body, 0, this.response, head.length, body.length);
		this.server = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
		Thread serving = new Thread(this::serve, "warmup-origin");
		serving.setDaemon(true);
		serving.start();
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
				skipRequestHead(socket.getInputStream());
				socket.getOutputStream().write(this.response);
			}
			catch (IOException ex) {
				// closed, or the client went away: the next one
			}
		}
	}

	/**
	 * Reads up to the blank line that ends the request head; {@code false} when the
	 * connection ended first.
	 */
	static boolean skipRequestHead(InputStream in) throws IOException {
		int matched = 0;
		while (matched < 4) {
			int b = in.read();
			if (b < 0) {
				return false;
			}
			matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : ((b == '\r') ? 1 : 0);
		}
		return true;
	}

	@Override
	public void close() throws IOException {
		this.server.close();
	}

}
