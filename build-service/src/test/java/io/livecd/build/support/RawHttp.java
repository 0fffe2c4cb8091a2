package io.livecd.build.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Requests no well-behaved client sends: a body that stops before its Content-Length. */
public final class RawHttp {

	private RawHttp() {
	}

	/**
	 * Announces a body with {@code Expect: 100-continue} and returns the first response,
	 * never sending the body.
	 */
	public static String announcePut(int port, String path, String token, long announced) {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(60_000);
			socket.getOutputStream().write(head(path, token, announced, "Expect: 100-continue\r\n"));
			socket.shutdownOutput();
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Announces {@code announced} bytes, sends {@code sent}, closes its side, and returns
	 * the raw response.
	 */
	public static String truncatedPut(int port, String path, String token, long announced, int sent) {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(60_000);
			OutputStream out = socket.getOutputStream();
			out.write(head(path, token, announced, ""));
			out.write(new byte[sent]);
			out.flush();
			socket.shutdownOutput();
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Announces {@code announced} bytes but sends all of {@code sent}, with more headers,
	 * and returns the raw responses: the bytes past the announced length arrive as a
	 * request of their own.
	 */
	public static String overlongPut(int port, String path, String token, long announced, byte[] sent,
			String extraHeaders) {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(60_000);
			OutputStream out = socket.getOutputStream();
			out.write(head(path, token, announced, extraHeaders));
			out.write(sent);
			out.flush();
			socket.shutdownOutput();
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] head(String path, String token, long contentLength, String extraHeaders) {
		return ("PUT " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
				+ "\r\nContent-Type: application/octet-stream\r\nContent-Length: " + contentLength + "\r\n"
				+ extraHeaders + "\r\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

}
