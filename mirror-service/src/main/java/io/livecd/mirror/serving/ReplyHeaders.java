package io.livecd.mirror.serving;

import io.livecd.mirror.http.ByteRange;
import io.livecd.mirror.http.EntityTags;
import io.livecd.mirror.http.MultipartByteRanges;
import io.livecd.mirror.http.Reply;
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
	static Body apply(FileResponse response, Reply reply, String sha256, long size, String cacheControl, boolean get) {
		response.header(HttpHeaders.ACCEPT_RANGES, "bytes");
		response.header(HttpHeaders.CACHE_CONTROL, cacheControl);
		if (sha256 != null) {
			response.header(HttpHeaders.ETAG, EntityTags.strong(sha256));
		}
		if (reply instanceof Reply.NotModified) {
			response.status(304);
			return new Body.None();
		}
		if (reply instanceof Reply.Unsatisfiable) {
			response.status(416);
			response.header(HttpHeaders.CONTENT_RANGE, "bytes */" + size);
			response.contentLength(0);
			return new Body.None();
		}
		if (reply instanceof Reply.Partial partial) {
			return partial(response, partial, size, get);
		}
		response.status(200);
		response.contentType(OCTET_STREAM);
		if (size < 0) {
			return get ? new Body.Growing() : new Body.None();
		}
		response.contentLength(size);
		return (get && size > 0) ? new Body.Region(new ByteRange(0, size - 1)) : new Body.None();
	}

	private static Body partial(FileResponse response, Reply.Partial partial, long size, boolean get) {
		response.status(206);
		if (partial.ranges().size() == 1) {
			ByteRange range = partial.ranges().get(0);
			response.contentType(OCTET_STREAM);
			response.header(HttpHeaders.CONTENT_RANGE, range.contentRange(size));
			response.contentLength(range.length());
			return get ? new Body.Region(range) : new Body.None();
		}
		MultipartByteRanges parts = new MultipartByteRanges(partial.ranges(), size, OCTET_STREAM);
		response.contentType(parts.contentType());
		response.contentLength(parts.contentLength());
		return get ? new Body.Parts(parts) : new Body.None();
	}

}
