package io.livecd.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a JSON request body that announces more than the limit with 413 before reading
 * it; Jackson's own limits (nesting depth, string length) answer deeper or longer
 * documents with 400. Other bodies (artifact uploads) have limits of their own.
 */
class JsonBodyLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	JsonBodyLimitFilter(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isJson(request.getContentType()) && request.getContentLengthLong() > this.maxBytes) {
			response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			response.setContentType("application/problem+json");
			response.getOutputStream()
				.write(("{\"type\":\"urn:livecd:problem:body-too-large\",\"title\":\"Body too large\",\"status\":413,"
						+ "\"detail\":\"a JSON body may hold at most " + this.maxBytes + " bytes\"}")
					.getBytes(StandardCharsets.UTF_8));
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isJson(String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return MediaType.APPLICATION_JSON.isCompatibleWith(type) || type.getSubtype().endsWith("+json");
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
