package io.livecd.mirror.serving;

import io.livecd.common.event.AliasTarget;
import io.livecd.mirror.alias.model.AliasState;
import io.livecd.mirror.alias.model.AliasTable;
import io.livecd.mirror.cache.application.FillFailedException;
import io.livecd.mirror.cache.application.FindingFile;
import io.livecd.mirror.cache.application.Lookup;
import io.livecd.mirror.cache.model.ArtifactKey;
import io.livecd.mirror.http.Conditions;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.apache.catalina.connector.ClientAbortException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET|HEAD /livecd/builds/{job}/{file}} and {@code /livecd/{alias}}: the
 * repository layout, from the cache or pulled through on a miss. A servlet filter first
 * in the chain rather than a controller: it answers every request under {@code /livecd/}
 * itself, so none of Spring MVC's filters and dispatching runs for a file; it needs
 * Tomcat's sendfile and control over a response it may have to cut short.
 */
final class LivecdFilter extends HttpFilter {

	private static final Logger log = LoggerFactory.getLogger(LivecdFilter.class);

	private static final String PREFIX = "/livecd";

	static final String IMMUTABLE = "public, max-age=31536000, immutable";

	static final String ALIAS = "public, max-age=30";

	private final transient FindingFile finding;

	private final transient AliasTable aliases;

	private final transient CachedFileReplies cached = new CachedFileReplies();

	private final transient FillReplies filling;

	private final transient JsonMapper json;

	private final transient ServingMeters meters;

	LivecdFilter(FindingFile finding, AliasTable aliases, FillReplies filling, JsonMapper json, ServingMeters meters) {
		this.finding = finding;
		this.aliases = aliases;
		this.filling = filling;
		this.json = json;
		this.meters = meters;
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException {
		boolean get = "GET".equals(request.getMethod());
		if (!get && !"HEAD".equals(request.getMethod())) {
			response.setHeader(HttpHeaders.ALLOW, "GET, HEAD");
			problem(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Method not allowed",
					"files under /livecd/ are read-only");
			return;
		}
		Conditions conditions = new Conditions(get, request.getHeader(HttpHeaders.IF_NONE_MATCH),
				request.getHeader(HttpHeaders.IF_RANGE), request.getHeader(HttpHeaders.RANGE));
		LivecdPath path = LivecdPath.parse(pathBelowPrefix(request));
		if (path instanceof LivecdPath.File file) {
			serve(request, response, file.key(), conditions, IMMUTABLE);
		}
		else if (path instanceof LivecdPath.Alias alias) {
			serveAlias(request, response, alias.name(), conditions);
		}
		else if (path instanceof LivecdPath.Invalid invalid) {
			problem(response, HttpServletResponse.SC_BAD_REQUEST, "Invalid name", invalid.problem());
		}
		else {
			problem(response, HttpServletResponse.SC_NOT_FOUND, "Not found", "no such file under /livecd/");
		}
	}

	private void serveAlias(HttpServletRequest request, HttpServletResponse response, String alias,
			Conditions conditions) throws IOException {
		Optional<AliasState> state = this.aliases.get(alias);
		if (state.isEmpty()) {
			problem(response, HttpServletResponse.SC_NOT_FOUND, "Unknown alias", "this mirror knows no alias " + alias);
			return;
		}
		Optional<AliasTarget> serving = state.get().servingTarget();
		if (serving.isEmpty()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "10");
			problem(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Alias not warm here",
					"the target of " + alias + " is not in this mirror's cache yet");
			return;
		}
		serve(request, response, new ArtifactKey(serving.get().job(), serving.get().file()), conditions, ALIAS);
	}

	private void serve(HttpServletRequest request, HttpServletResponse response, ArtifactKey key, Conditions conditions,
			String cacheControl) throws IOException {
		try {
			Lookup lookup = this.finding.find(key);
			if (lookup instanceof Lookup.Hit hit) {
				this.meters.hit();
				this.cached.send(request, response, hit, conditions, cacheControl);
			}
			else {
				this.meters.miss();
				this.filling.send(response, ((Lookup.Miss) lookup).fill(), conditions, cacheControl);
			}
		}
		catch (FillFailedException ex) {
			if (response.isCommitted()) {
				throw cut(key, ex);
			}
			response.reset();
			problem(response, ex.missing() ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_BAD_GATEWAY,
					ex.missing() ? "Not found" : "Upstream failed", key.path() + ": " + ex.getMessage());
		}
		catch (ClientAbortException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			if (response.isCommitted()) {
				throw cut(key, ex);
			}
			throw ex;
		}
	}

	/**
	 * A response that cannot be completed: Tomcat treats it like a client that went away,
	 * so it includes no error page (which would pad the body up to its announced length)
	 * and closes the connection; the client sees a truncated transfer.
	 */
	private ClientAbortException cut(ArtifactKey key, Exception cause) {
		log.warn("Cutting the response for {}: {}", key, cause.getMessage());
		this.meters.cut();
		return new ClientAbortException(cause);
	}

	/** The decoded, normalised path below {@code /livecd}, e.g. {@code /builds/j/f}. */
	private static String pathBelowPrefix(HttpServletRequest request) {
		String pathInfo = request.getPathInfo();
		String path = request.getServletPath() + ((pathInfo != null) ? pathInfo : "");
		return path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : "";
	}

	private void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.getOutputStream()
			.write(this.json
				.writeValueAsBytes(Map.of("type", "about:blank", "title", title, "status", status, "detail", detail)));
	}

}
