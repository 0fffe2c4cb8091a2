package io.livecd.mirror.serving;

import io.livecd.mirror.http.ByteRange;
import io.livecd.mirror.http.EntityTags;
import io.livecd.mirror.http.MultipartByteRanges;
import io.livecd.mirror.http.Reply;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

/** Status and headers of a reply, the same for cached files and files being filled. */
final class ReplyHeaders {

	static final String OCTET_STREAM = "application/octet-stream";

	private ReplyHeaders() {
	}

	/**
	 * @param sha256 the entity tag, or {@code null} while not known
	 * @param size the length, or -1 while not known
	 * @param get {@code false} for HEAD: same headers, no body
	 */
	static Body apply(HttpServletResponse response, Reply reply, String sha256, long size, String cacheControl,
			boolean get) {
		response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
		response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
		if (sha256 != null) {
			response.setHeader(HttpHeaders.ETAG, EntityTags.strong(sha256));
		}
		if (reply instanceof Reply.NotModified) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return new Body.None();
		}
		if (reply instanceof Reply.Unsatisfiable) {
			response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
			response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + size);
			response.setContentLength(0);
			return new Body.None();
		}
		if (reply instanceof Reply.Partial partial) {
			return partial(response, partial, size, get);
		}
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(OCTET_STREAM);
		if (size < 0) {
			return get ? new Body.Growing() : new Body.None();
		}
		response.setContentLengthLong(size);
		return (get && size > 0) ? new Body.Region(new ByteRange(0, size - 1)) : new Body.None();
	}

	private static Body partial(HttpServletResponse response, Reply.Partial partial, long size, boolean get) {
		response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
		if (partial.ranges().size() == 1) {
			ByteRange range = partial.ranges().get(0);
			response.setContentType(OCTET_STREAM);
			response.setHeader(HttpHeaders.CONTENT_RANGE, range.contentRange(size));
			response.setContentLengthLong(range.length());
			return get ? new Body.Region(range) : new Body.None();
		}
		MultipartByteRanges parts = new MultipartByteRanges(partial.ranges(), size, OCTET_STREAM);
		response.setContentType(parts.contentType());
		response.setContentLengthLong(parts.contentLength());
		return get ? new Body.Parts(parts) : new Body.None();
	}

}
