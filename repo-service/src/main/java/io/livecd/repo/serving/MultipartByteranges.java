package io.livecd.repo.serving;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A {@code multipart/byteranges} body (RFC 9110, section 14.6), laid out as nginx lays it
 * out: each part is {@code CRLF --boundary CRLF}, its {@code Content-Type} and
 * {@code Content-Range}, a blank line and the bytes; the body ends with
 * {@code CRLF --boundary-- CRLF}. Its exact length is known before any byte is read.
 */
record MultipartByteranges(Representation representation, List<ByteRange> ranges, String boundary) {

	String contentType() {
		return "multipart/byteranges; boundary=" + this.boundary;
	}

	long length() {
		long length = closing().length;
		for (ByteRange range : this.ranges) {
			length += partHeader(range).length + range.length();
		}
		return length;
	}

	void write(RangeSource source, OutputStream out) throws IOException {
		for (ByteRange range : this.ranges) {
			out.write(partHeader(range));
			BodyCopy.copy(source, range.first(), range.length(), out);
		}
		out.write(closing());
	}

	private byte[] partHeader(ByteRange range) {
		return ("\r\n--" + this.boundary + "\r\nContent-Type: " + this.representation.contentType()
				+ "\r\nContent-Range: " + range.contentRange(this.representation.length()) + "\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	private byte[] closing() {
		return ("\r\n--" + this.boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
	}

}
