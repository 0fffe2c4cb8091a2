package io.livecd.mirror.serving;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Request line and header fields of an HTTP/1.x request (RFC 9112), as the file server
 * reads them. Header names are kept in lower case, the first value of each.
 *
 * @param method the method token
 * @param target the request target as sent
 * @param http11 {@code true} for HTTP/1.1, {@code false} for HTTP/1.0
 * @param fields the header fields
 */
record RequestHead(String method, String target, boolean http11, Map<String, String> fields) {

	private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

	private static final Pattern VERSION = Pattern.compile("HTTP/[0-9]\\.[0-9]");

	/**
	 * Compiled once: {@code String.split} and {@code matches} compile theirs per call.
	 */
	private static final Pattern LINE_END = Pattern.compile("\r?\n");

	private static final Pattern LENGTH = Pattern.compile("[0-9]{1,18}");

	/** Parses a head: the lines before the empty line, separated by CRLF or LF. */
	static RequestHead parse(String head) throws BadRequest {
		String[] lines = LINE_END.split(head, -1);
		String[] request = lines[0].split(" ", -1);
		if (request.length != 3 || !TOKEN.matcher(request[0]).matches() || !request[1].startsWith("/")) {
			throw new BadRequest("malformed request line");
		}
		if (!VERSION.matcher(request[2]).matches()) {
			throw new BadRequest("malformed HTTP version");
		}
		if (!request[2].equals("HTTP/1.1") && !request[2].equals("HTTP/1.0")) {
			throw new BadRequest(505, "HTTP version not supported", "only HTTP/1.1 and HTTP/1.0 are served here");
		}
		Map<String, String> fields = new HashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			if (colon <= 0 || !TOKEN.matcher(lines[i].substring(0, colon)).matches()) {
				throw new BadRequest("malformed header field");
			}
			String name = lines[i].substring(0, colon).toLowerCase(Locale.ROOT);
			String value = lines[i].substring(colon + 1).strip();
			String earlier = fields.putIfAbsent(name, value);
			if (earlier != null && name.equals("content-length") && !earlier.equals(value)) {
				throw new BadRequest("conflicting Content-Length fields");
			}
		}
		RequestHead parsed = new RequestHead(request[0], request[1], request[2].equals("HTTP/1.1"), Map.copyOf(fields));
		parsed.check();
		return parsed;
	}

	private void check() throws BadRequest {
		if (this.http11 && !this.fields.containsKey("host")) {
			throw new BadRequest("an HTTP/1.1 request needs a Host field");
		}
		String length = this.fields.get("content-length");
		if (length != null && !LENGTH.matcher(length).matches()) {
			throw new BadRequest("malformed Content-Length");
		}
	}

	String field(String lowerCaseName) {
		return this.fields.get(lowerCaseName);
	}

	boolean isHead() {
		return "HEAD".equals(this.method);
	}

	/** Whether a body follows the head; the file server reads none. */
	boolean hasBody() {
		String length = this.fields.get("content-length");
		return this.fields.containsKey("transfer-encoding") || (length != null && Long.parseLong(length) > 0);
	}

	/** Whether the client wants the connection kept open after the response. */
	boolean keepAlive() {
		String connection = this.fields.getOrDefault("connection", "").toLowerCase(Locale.ROOT);
		return this.http11 ? !hasToken(connection, "close") : hasToken(connection, "keep-alive");
	}

	private static boolean hasToken(String list, String token) {
		for (String item : list.split(",")) {
			if (item.strip().equals(token)) {
				return true;
			}
		}
		return false;
	}

}
