package io.livecd.repo.it;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Splits a {@code multipart/byteranges} body into its parts, by their Content-Range. */
final class MultipartBody {

	private MultipartBody() {
	}

	/** One part: its {@code Content-Range} value and its bytes. */
	record Part(String contentRange, byte[] bytes) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Part part && part.contentRange.equals(this.contentRange)
					&& Arrays.equals(part.bytes, this.bytes);
		}

		@Override
		public int hashCode() {
			return this.contentRange.hashCode() + Arrays.hashCode(this.bytes);
		}

		@Override
		public String toString() {
			return this.contentRange + " (" + this.bytes.length + " bytes)";
		}

	}

	static String boundary(String contentType) {
		int at = contentType.indexOf("boundary=");
		if (!contentType.startsWith("multipart/byteranges") || at < 0) {
			throw new IllegalArgumentException("not multipart/byteranges: " + contentType);
		}
		return contentType.substring(at + "boundary=".length()).replace("\"", "");
	}

	/**
	 * Reads each part's headers, then exactly as many bytes as its Content-Range says.
	 */
	static List<Part> parse(byte[] body, String boundary) {
		String text = new String(body, StandardCharsets.ISO_8859_1);
		String delimiter = "--" + boundary;
		List<Part> parts = new ArrayList<>();
		int at = text.indexOf(delimiter);
		while (at >= 0 && !text.startsWith(delimiter + "--", at)) {
			int headersEnd = text.indexOf("\r\n\r\n", at);
			String contentRange = null;
			for (String line : text.substring(at + delimiter.length(), headersEnd).split("\r\n")) {
				if (line.toLowerCase(Locale.ROOT).startsWith("content-range:")) {
					contentRange = line.substring("content-range:".length()).strip();
				}
			}
			String[] bounds = contentRange.substring("bytes ".length(), contentRange.indexOf('/')).split("-");
			int length = (int) (Long.parseLong(bounds[1]) - Long.parseLong(bounds[0]) + 1);
			int start = headersEnd + 4;
			parts.add(new Part(contentRange, Arrays.copyOfRange(body, start, start + length)));
			at = text.indexOf(delimiter, start + length);
		}
		return parts;
	}

}
