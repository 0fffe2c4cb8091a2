package io.livecd.mirror.serving;

import io.livecd.common.event.AliasTarget;
import io.livecd.mirror.alias.model.AliasState;
import io.livecd.mirror.alias.model.AliasTable;
import io.livecd.mirror.cache.application.FillFailedException;
import io.livecd.mirror.cache.application.FindingFile;
import io.livecd.mirror.cache.application.Lookup;
import io.livecd.mirror.cache.model.ArtifactKey;
import io.livecd.mirror.http.Conditions;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET|HEAD /livecd/builds/{job}/{file}} and {@code /livecd/{alias}}: the
 * repository layout, from the cache or pulled through on a miss. The one implementation
 * of these semantics; the servlet filter and the file server only parse the request and
 * carry the response.
 */
final class ServingFiles {

	private static final Logger log = LoggerFactory.getLogger(ServingFiles.class);

	static final String IMMUTABLE = "public, max-age=31536000, immutable";

	static final String ALIAS = "public, max-age=30";

	private final FindingFile finding;

	private final AliasTable aliases;

	private final CachedFileReplies cached = new CachedFileReplies();

	private final FillReplies filling;

	private final JsonMapper json;

	private final ServingMeters meters;

	ServingFiles(FindingFile finding, AliasTable aliases, FillReplies filling, JsonMapper json, ServingMeters meters) {
		this.finding = finding;
		this.aliases = aliases;
		this.filling = filling;
		this.json = json;
		this.meters = meters;
	}

	void serve(FileRequest request, FileResponse response) throws IOException {
		if (!request.isGet() && !request.isHead()) {
			response.header(HttpHeaders.ALLOW, "GET, HEAD");
			problem(response, 405, "Method not allowed", "files under /livecd/ are read-only");
			return;
		}
		LivecdPath path = LivecdPath.parse(request.path());
		if (path instanceof LivecdPath.File file) {
			serve(response, file.key(), request.conditions(), IMMUTABLE);
		}
		else if (path instanceof LivecdPath.Alias alias) {
			serveAlias(response, alias.name(), request.conditions());
		}
		else if (path instanceof LivecdPath.Invalid invalid) {
			problem(response, 400, "Invalid name", invalid.problem());
		}
		else {
			problem(response, 404, "Not found", "no such file under /livecd/");
		}
	}

	private void serveAlias(FileResponse response, String alias, Conditions conditions) throws IOException {
		Optional<AliasState> state = this.aliases.get(alias);
		if (state.isEmpty()) {
			problem(response, 404, "Unknown alias", "this mirror knows no alias " + alias);
			return;
		}
		Optional<AliasTarget> serving = state.get().servingTarget();
		if (serving.isEmpty()) {
			response.header(HttpHeaders.RETRY_AFTER, "10");
			problem(response, 503, "Alias not warm here",
					"the target of " + alias + " is not in this mirror's cache yet");
			return;
		}
		serve(response, new ArtifactKey(serving.get().job(), serving.get().file()), conditions, ALIAS);
	}

	private void serve(FileResponse response, ArtifactKey key, Conditions conditions, String cacheControl)
			throws IOException {
		try {
			Lookup lookup = this.finding.find(key);
			if (lookup instanceof Lookup.Hit hit) {
				this.meters.hit();
				this.cached.send(response, hit, conditions, cacheControl);
			}
			else {
				this.meters.miss();
				this.filling.send(response, ((Lookup.Miss) lookup).fill(), conditions, cacheControl);
			}
		}
		catch (FillFailedException ex) {
			if (response.isCommitted()) {
				throw cut(response, key, ex);
			}
			response.reset();
			problem(response, ex.missing() ? 404 : 502, ex.missing() ? "Not found" : "Fill failed",
					key.path() + ": " + ex.getMessage());
		}
		catch (IOException ex) {
			if (response.clientGone(ex) || !response.isCommitted()) {
				throw ex;
			}
			throw cut(response, key, ex);
		}
		catch (RuntimeException ex) {
			if (response.isCommitted()) {
				throw cut(response, key, ex);
			}
			throw ex;
		}
	}

	/** A response that cannot be completed; the client sees a truncated transfer. */
	private IOException cut(FileResponse response, ArtifactKey key, Exception cause) {
		log.warn("Cutting the response for {}: {}", key, cause.getMessage());
		this.meters.cut();
		return response.cut(cause);
	}

	/** An RFC 9457 problem as the whole response. */
	void problem(FileResponse response, int status, String title, String detail) throws IOException {
		byte[] body = this.json
			.writeValueAsBytes(Map.of("type", "about:blank", "title", title, "status", status, "detail", detail));
		response.status(status);
		response.contentType("application/problem+json");
		response.contentLength(body.length);
		response.body().write(body);
	}

}
