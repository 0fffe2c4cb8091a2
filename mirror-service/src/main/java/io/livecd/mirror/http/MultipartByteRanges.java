package io.livecd.mirror.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A {@code multipart/byteranges} body (RFC 9110, section 14.6) of several ranges of a
 * file.
 */
public final class MultipartByteRanges {

	private final String boundary;

	private final List<byte[]> headers = new ArrayList<>();

	private final List<ByteRange> ranges;

	private final byte[] end;

	public MultipartByteRanges(List<ByteRange> ranges, long size, String partType) {
		this.boundary = UUID.randomUUID().toString().replace("-", "");
		this.ranges = List.copyOf(ranges);
		for (ByteRange range : this.ranges) {
			String header = "\r\n--" + this.boundary + "\r\nContent-Type: " + partType + "\r\nContent-Range: "
					+ range.contentRange(size) + "\r\n\r\n";
			this.headers.add(header.getBytes(StandardCharsets.US_ASCII));
		}
		this.end = ("\r\n--" + this.boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
	}

	public String contentType() {
		return "multipart/byteranges; boundary=" + this.boundary;
	}

	public long contentLength() {
		long length = this.end.length;
		for (int i = 0; i < this.ranges.size(); i++) {
			length += this.headers.get(i).length + this.ranges.get(i).length();
		}
		return length;
	}

	public void writeTo(OutputStream out, FileChannel file) throws IOException {
		for (int i = 0; i < this.ranges.size(); i++) {
			out.write(this.headers.get(i));
			FileRegions.copy(file, this.ranges.get(i), out);
		}
		out.write(this.end);
	}

}
