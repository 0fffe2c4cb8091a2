package io.livecd.repo.serving;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A decided reply: its status, the header fields that follow from the decision, and its
 * body, streamed from a {@link RangeSource} and never held whole. Every reply carries the
 * representation's {@code ETag}; the caller adds caching and location fields.
 */
public sealed interface Reply {

	int status();

	/**
	 * Header fields in the order they are best sent, without the ones the caller adds.
	 */
	Map<String, String> headers();

	/** Writes the body ({@code GET} only); the caller commits the header fields first. */
	void writeBody(RangeSource source, OutputStream out) throws IOException;

	/** 304: the client's copy is current. No body, no {@code Content-Length}. */
	record NotModified(Representation representation) implements Reply {

		@Override
		public int status() {
			return 304;
		}

		@Override
		public Map<String, String> headers() {
			return Map.of("ETag", this.representation.etag());
		}

		@Override
		public void writeBody(RangeSource source, OutputStream out) {
		}

	}

	/** 200: the whole representation. */
	record Whole(Representation representation) implements Reply {

		@Override
		public int status() {
			return 200;
		}

		@Override
		public Map<String, String> headers() {
			return fields(this.representation, this.representation.contentType(), this.representation.length(), null);
		}

		@Override
		public void writeBody(RangeSource source, OutputStream out) throws IOException {
			BodyCopy.copy(source, 0, this.representation.length(), out);
		}

	}

	/** 206 with one range: the bytes of the range as the body. */
	record Partial(Representation representation, ByteRange range) implements Reply {

		@Override
		public int status() {
			return 206;
		}

		@Override
		public Map<String, String> headers() {
			return fields(this.representation, this.representation.contentType(), this.range.length(),
					this.range.contentRange(this.representation.length()));
		}

		@Override
		public void writeBody(RangeSource source, OutputStream out) throws IOException {
			BodyCopy.copy(source, this.range.first(), this.range.length(), out);
		}

	}

	/** 206 with several ranges: a {@code multipart/byteranges} body. */
	record Multipart(Representation representation, List<ByteRange> ranges, String boundary) implements Reply {

		@Override
		public int status() {
			return 206;
		}

		@Override
		public Map<String, String> headers() {
			MultipartByteranges body = body();
			return fields(this.representation, body.contentType(), body.length(), null);
		}

		@Override
		public void writeBody(RangeSource source, OutputStream out) throws IOException {
			body().write(source, out);
		}

		private MultipartByteranges body() {
			return new MultipartByteranges(this.representation, this.ranges, this.boundary);
		}

	}

	/** 416: no requested range can be served. Empty body. */
	record NotSatisfiable(Representation representation) implements Reply {

		@Override
		public int status() {
			return 416;
		}

		@Override
		public Map<String, String> headers() {
			Map<String, String> headers = new LinkedHashMap<>();
			headers.put("Content-Length", "0");
			headers.put("Content-Range", "bytes */" + this.representation.length());
			headers.put("ETag", this.representation.etag());
			return headers;
		}

		@Override
		public void writeBody(RangeSource source, OutputStream out) {
		}

	}

	private static Map<String, String> fields(Representation representation, String contentType, long length,
			String contentRange) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Content-Type", contentType);
		headers.put("Content-Length", Long.toString(length));
		if (contentRange != null) {
			headers.put("Content-Range", contentRange);
		}
		headers.put("Accept-Ranges", "bytes");
		headers.put("ETag", representation.etag());
		return headers;
	}

}
