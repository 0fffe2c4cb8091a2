package io.livecd.mirror.cache.infrastructure;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Status line and header fields of an HTTP/1.1 response, read without buffering the body.
 */
public final class ResponseHead {

	private static final int MAX_LINE = 8 * 1024;

	private static final int MAX_FIELDS = 100;

	private final int status;

	private final Map<String, String> fields;

	private ResponseHead(int status, Map<String, String> fields) {
		this.status = status;
		this.fields = fields;
	}

	/** Reads the head of the final response, skipping interim (1xx) ones. */
	public static ResponseHead read(InputStream in) throws IOException {
		while (true) {
			ResponseHead head = readOne(in);
			if (head.status >= 200) {
				return head;
			}
		}
	}

	public int status() {
		return this.status;
	}

	/** A field's value (the last one when repeated), or {@code null}. */
	String field(String name) {
		return this.fields.get(name.toLowerCase(Locale.ROOT));
	}

	/**
	 * The announced body length, or -1 when the body is chunked or ends with the
	 * connection.
	 */
	public long contentLength() throws ProtocolException {
		String value = field("Content-Length");
		if (value == null || chunked()) {
			return -1;
		}
		try {
			long length = Long.parseLong(value.strip());
			if (length < 0) {
				throw new ProtocolException("negative Content-Length " + value);
			}
			return length;
		}
		catch (NumberFormatException ex) {
			throw new ProtocolException("invalid Content-Length " + value);
		}
	}

	boolean chunked() {
		String value = field("Transfer-Encoding");
		return value != null && value.toLowerCase(Locale.ROOT).contains("chunked");
	}

	private static ResponseHead readOne(InputStream in) throws IOException {
		String statusLine = line(in);
		if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12 || statusLine.charAt(8) != ' ') {
			throw new ProtocolException("not an HTTP/1.x response: " + statusLine);
		}
		int status;
		try {
			status = Integer.parseInt(statusLine.substring(9, 12));
		}
		catch (NumberFormatException ex) {
			throw new ProtocolException("invalid status line: " + statusLine);
		}
		Map<String, String> fields = new HashMap<>();
		for (String line = line(in); !line.isEmpty(); line = line(in)) {
			int colon = line.indexOf(':');
			if (colon <= 0 || fields.size() >= MAX_FIELDS) {
				throw new ProtocolException("invalid header field: " + line);
			}
			fields.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
		}
		return new ResponseHead(status, fields);
	}

	/** One line without its CRLF (or bare LF). */
	static String line(InputStream in) throws IOException {
		byte[] line = new byte[256];
		int length = 0;
		for (int b = in.read(); b != '\n'; b = in.read()) {
			if (b < 0) {
				throw new EOFException("connection closed in the response head");
			}
			if (length == line.length) {
				if (length >= MAX_LINE) {
					throw new ProtocolException("response line longer than " + MAX_LINE + " bytes");
				}
				line = java.util.Arrays.copyOf(line, length * 2);
			}
			line[length++] = (byte) b;
		}
		if (length > 0 && line[length - 1] == '\r') {
			length--;
		}
		return new String(line, 0, length, StandardCharsets.ISO_8859_1);
	}

}
