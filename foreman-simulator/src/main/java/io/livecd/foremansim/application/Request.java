package io.livecd.foremansim.application;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A Foreman API request, independent of the web server that received it.
 *
 * @param method the HTTP method, upper case
 * @param path the decoded path, e.g. {@code /api/v2/hosts/node1.example/parameters}
 * @param rawQuery the query string as sent, or empty
 * @param query the decoded query parameters, in the order sent
 * @param contentType the {@code Content-Type} header, or {@code null}
 * @param authorization the {@code Authorization} header, or {@code null}
 * @param body the body, possibly empty
 */
public record Request(String method, String path, String rawQuery, Map<String, List<String>> query, String contentType,
		String authorization, byte[] body) {

	public Request {
		query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
		body = (body != null) ? body : new byte[0];
		rawQuery = (rawQuery != null) ? rawQuery : "";
	}

	/** The media type without parameters, lower case, or empty. */
	public String mediaType() {
		if (this.contentType == null) {
			return "";
		}
		int semicolon = this.contentType.indexOf(';');
		String type = (semicolon >= 0) ? this.contentType.substring(0, semicolon) : this.contentType;
		return type.trim().toLowerCase(Locale.ROOT);
	}

	public String bodyText() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

	public boolean writes() {
		return "POST".equals(this.method) || "PUT".equals(this.method);
	}

}
