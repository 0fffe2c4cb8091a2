package io.livecd.repo.serving;

/**
 * One satisfiable byte range of a representation, both ends inclusive as in
 * {@code Content-Range}.
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
	 * The {@code Content-Range} value of this range of a representation of {@code total}
	 * bytes.
	 */
	public String contentRange(long total) {
		return "bytes " + this.first + "-" + this.last + "/" + total;
	}

}
