package io.livecd.repo.web;

import io.livecd.common.name.Names;
import io.livecd.repo.RepoServiceProperties;
import io.livecd.repo.catalog.application.FindingFiles;
import io.livecd.repo.catalog.application.FindingFiles.ServedFile;
import io.livecd.repo.serving.ConditionalRequest;
import io.livecd.repo.serving.EntityTags;
import io.livecd.repo.serving.Replies;
import io.livecd.repo.serving.Reply;
import io.livecd.repo.serving.Representation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * The central repository over HTTP: {@code GET}/{@code HEAD} of immutable build files and
 * of aliases (their current target), with ranges and conditional requests decided by
 * {@link Replies} and the bytes streamed from S3, never held whole.
 */
@Controller
class FileController {

	private static final String CONTENT_TYPE = "application/octet-stream";

	private final FindingFiles files;

	private final Replies replies = new Replies();

	private final String buildCacheControl;

	private final String aliasCacheControl;

	FileController(FindingFiles files, RepoServiceProperties properties) {
		this.files = files;
		this.buildCacheControl = "public, max-age=" + properties.http().buildMaxAge().toSeconds() + ", immutable";
		this.aliasCacheControl = "public, max-age=" + properties.http().aliasMaxAge().toSeconds();
	}

	@RequestMapping(path = "/livecd/builds/{job}/{file}", method = { RequestMethod.GET, RequestMethod.HEAD })
	void buildFile(@PathVariable String job, @PathVariable String file, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		if (Names.problem("job", job).isPresent() || Names.problem("artifact", file).isPresent()) {
			throw ProblemException.notFound("no such build file");
		}
		ServedFile served = this.files.buildFile(job, file)
			.orElseThrow(() -> ProblemException.notFound("no retained build of " + job + " has " + file));
		serve(served, request, response);
	}

	@RequestMapping(path = "/livecd/{alias}", method = { RequestMethod.GET, RequestMethod.HEAD })
	void alias(@PathVariable String alias, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (Names.problem("alias", alias).isPresent()) {
			throw ProblemException.notFound("no such alias");
		}
		ServedFile served = this.files.alias(alias)
			.orElseThrow(() -> ProblemException.notFound("alias " + alias + " names no file yet"));
		serve(served, request, response);
	}

	private void serve(ServedFile file, HttpServletRequest request, HttpServletResponse response) throws IOException {
		Representation representation = new Representation(file.size(), EntityTags.strong(file.sha256()), CONTENT_TYPE);
		Reply reply = this.replies.decide(
				new ConditionalRequest(request.getHeader(HttpHeaders.RANGE),
						request.getHeader(HttpHeaders.IF_NONE_MATCH), request.getHeader(HttpHeaders.IF_RANGE)),
				representation);
		response.setStatus(reply.status());
		for (Map.Entry<String, String> header : reply.headers().entrySet()) {
			setHeader(response, header.getKey(), header.getValue());
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL,
				file.immutable() ? this.buildCacheControl : this.aliasCacheControl);
		if (!file.immutable()) {
			response.setHeader(HttpHeaders.CONTENT_LOCATION, "/livecd/" + file.path());
		}
		if (!RequestMethod.HEAD.name().equals(request.getMethod())) {
			reply.writeBody((offset, length) -> this.files.open(file, offset, length), response.getOutputStream());
		}
	}

	/**
	 * The object store failed before any byte was sent (the file went away between lookup
	 * and read, as when retention removed its build): the header fields set for the body
	 * are dropped and a problem is answered. Once bytes are sent, the connection is cut.
	 */
	@ExceptionHandler(IOException.class)
	ResponseEntity<ProblemDetail> storeFailed(IOException ex, HttpServletResponse response) throws IOException {
		if (response.isCommitted()) {
			throw ex;
		}
		response.reset();
		if (ex instanceof FileNotFoundException) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", "the file is no longer retained"));
		}
		return ResponseEntity.status(HttpStatus.BAD_GATEWAY)
			.body(Problems.of(HttpStatus.BAD_GATEWAY, "store-unavailable", "Object store unavailable",
					"the file could not be read from the object store"));
	}

	private static void setHeader(HttpServletResponse response, String name, String value) {
		if (HttpHeaders.CONTENT_LENGTH.equals(name)) {
			response.setContentLengthLong(Long.parseLong(value));
		}
		else if (HttpHeaders.CONTENT_TYPE.equals(name)) {
			response.setContentType(value);
		}
		else {
			response.setHeader(name, value);
		}
	}

}
