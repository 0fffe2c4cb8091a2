package io.livecd.mirror.serving;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;

/**
 * Everything under {@code /livecd/} on the servlet container, answered by
 * {@link ServingFiles}. A servlet filter first in the chain rather than a controller, so
 * none of Spring MVC's filters and dispatching runs for a file; it needs Tomcat's
 * sendfile and control over a response it may have to cut short.
 */
final class LivecdFilter extends HttpFilter {

	private static final String PREFIX = "/livecd";

	private final transient ServingFiles serving;

	LivecdFilter(ServingFiles serving) {
		this.serving = serving;
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException {
		this.serving.serve(new FileRequest(request.getMethod(), pathBelowPrefix(request),
				request.getHeader(HttpHeaders.IF_NONE_MATCH), request.getHeader(HttpHeaders.IF_RANGE),
				request.getHeader(HttpHeaders.RANGE)), new ServletFileResponse(request, response));
	}

	/** The decoded, normalised path below {@code /livecd}, e.g. {@code /builds/j/f}. */
	private static String pathBelowPrefix(HttpServletRequest request) {
		String pathInfo = request.getPathInfo();
		String path = request.getServletPath() + ((pathInfo != null) ? pathInfo : "");
		return path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : "";
	}

}
