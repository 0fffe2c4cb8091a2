package io.livecd.repo.serving;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a {@code Range} header (RFC 9110, section 14) against a representation's length.
 * <ul>
 * <li>no header, or a unit other than {@code bytes}: the whole representation;</li>
 * <li>{@code first-last}, {@code first-} and suffix {@code -n} specs, several separated
 * by commas; a last position past the end is cut to the end;</li>
 * <li>specs that start past the end, reversed specs and {@code -0} are unsatisfiable and
 * left out; when none is left, or the header cannot be parsed, the answer is 416 (the RFC
 * allows rejecting an invalid set; nginx does the same);</li>
 * <li>ranges adding up to more than the representation, or more than {@value #MAX_RANGES}
 * of them, are ignored and the whole is served (RFC 9110, section 14.2 allows it; nginx
 * does the same for the first).</li>
 * </ul>
 */
public final class ByteRanges {

	/** More ranges than this in one request are ignored. */
	public static final int MAX_RANGES = 64;

	private static final String UNIT = "bytes=";

	private static final Pattern SPEC = Pattern.compile("(\\d{1,18})?-(\\d{1,18})?");

	private ByteRanges() {
	}

	public static RangeSet parse(String header, long length) {
		if (header == null || !header.regionMatches(true, 0, UNIT, 0, UNIT.length())) {
			return new RangeSet.Whole();
		}
		List<ByteRange> ranges = new ArrayList<>();
		long total = 0;
		int specs = 0;
		for (String element : header.substring(UNIT.length()).split(",", -1)) {
			String spec = element.strip();
			if (spec.isEmpty()) {
				continue;
			}
			Matcher matcher = SPEC.matcher(spec);
			if (!matcher.matches() || (matcher.group(1) == null && matcher.group(2) == null)) {
				return new RangeSet.Unsatisfiable();
			}
			if (++specs > MAX_RANGES) {
				return new RangeSet.Whole();
			}
			ByteRange range = satisfiable(matcher.group(1), matcher.group(2), length);
			if (range != null) {
				ranges.add(range);
				total += range.length();
			}
		}
		if (ranges.isEmpty()) {
			return new RangeSet.Unsatisfiable();
		}
		return (total > length) ? new RangeSet.Whole() : new RangeSet.Ranges(ranges);
	}

	private static ByteRange satisfiable(String firstText, String lastText, long length) {
		if (firstText == null) {
			long suffix = Long.parseLong(lastText);
			if (suffix == 0 || length == 0) {
				return null;
			}
			return new ByteRange(Math.max(0, length - suffix), length - 1);
		}
		long first = Long.parseLong(firstText);
		long last = (lastText != null) ? Long.parseLong(lastText) : length - 1;
		if (first >= length || last < first) {
			return null;
		}
		return new ByteRange(first, Math.min(last, length - 1));
	}

}
