package io.livecd.mirror.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a {@code Range} header field (RFC 9110, section 14.2) against a representation of
 * known length.
 */
public final class RangeHeader {

	/** More ranges than this in one request are ignored, as the RFC allows. */
	public static final int MAX_RANGES = 64;

	private static final String UNIT = "bytes=";

	private static final int MAX_DIGITS = 18;

	private RangeHeader() {
	}

	/**
	 * The satisfiable ranges the header asks for: empty when none is satisfiable (416),
	 * or no value at all when the header must be ignored (another unit, bad syntax, too
	 * many ranges), which means serving the whole representation.
	 */
	public static Optional<List<ByteRange>> parse(String header, long size) {
		if (header == null || size < 0 || !header.regionMatches(true, 0, UNIT, 0, UNIT.length())) {
			return Optional.empty();
		}
		List<ByteRange> ranges = new ArrayList<>();
		int specs = 0;
		for (String element : header.substring(UNIT.length()).split(",", -1)) {
			String spec = element.strip();
			if (spec.isEmpty()) {
				continue;
			}
			if (++specs > MAX_RANGES) {
				return Optional.empty();
			}
			Spec parsed = Spec.parse(spec);
			if (parsed == null) {
				return Optional.empty();
			}
			parsed.resolve(size).ifPresent(ranges::add);
		}
		return (specs == 0) ? Optional.empty() : Optional.of(List.copyOf(ranges));
	}

	/**
	 * One range-spec as written: {@code first-last}, {@code first-} or {@code -suffix}.
	 */
	private record Spec(long first, long last, long suffix) {

		private static final long NONE = -1;

		static Spec parse(String spec) {
			int dash = spec.indexOf('-');
			if (dash < 0) {
				return null;
			}
			long first = number(spec.substring(0, dash));
			long last = number(spec.substring(dash + 1));
			if (dash == 0) {
				return (last == NONE) ? null : new Spec(NONE, NONE, last);
			}
			if (first == NONE || (last != NONE && last < first) || (dash + 1 < spec.length() && last == NONE)) {
				return null;
			}
			return new Spec(first, last, NONE);
		}

		Optional<ByteRange> resolve(long size) {
			if (this.suffix != NONE) {
				return (this.suffix == 0 || size == 0) ? Optional.empty()
						: Optional.of(new ByteRange(Math.max(0, size - this.suffix), size - 1));
			}
			if (this.first >= size) {
				return Optional.empty();
			}
			long end = (this.last == NONE) ? size - 1 : Math.min(this.last, size - 1);
			return Optional.of(new ByteRange(this.first, end));
		}

		private static long number(String digits) {
			if (digits.isEmpty() || digits.length() > MAX_DIGITS) {
				return NONE;
			}
			for (int i = 0; i < digits.length(); i++) {
				if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
					return NONE;
				}
			}
			return Long.parseLong(digits);
		}

	}

}
