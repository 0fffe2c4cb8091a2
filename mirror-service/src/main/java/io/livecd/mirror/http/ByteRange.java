package io.livecd.mirror.http;

/**
 * An inclusive byte range of a representation whose length is known.
 *
 * @param first offset of the first byte
 * @param last offset of the last byte, not before {@code first}
 */
public record ByteRange(long first, long last) {

	public ByteRange {
		if (first < 0 || last < first) {
			throw new IllegalArgumentException("invalid byte range " + first + "-" + last);
		}
	}

	public long length() {
		return this.last - this.first + 1;
	}

	/**
	 * The {@code Content-Range} value of this range in a representation of {@code size}.
	 */
	public String contentRange(long size) {
		return "bytes " + this.first + "-" + this.last + "/" + size;
	}

}
