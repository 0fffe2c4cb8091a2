package io.livecd.mirror.http;

import java.util.ArrayList;
import java.util.List;

/**
 * Entity tags as {@code If-None-Match} and {@code If-Range} carry them (RFC 9110, 8.8.3).
 */
public final class EntityTags {

	private EntityTags() {
	}

	/** The strong entity tag of an opaque value: the value in double quotes. */
	public static String strong(String opaque) {
		return "\"" + opaque + "\"";
	}

	/**
	 * Whether an {@code If-None-Match} value matches the current strong tag, by weak
	 * comparison; {@code *} matches any current representation.
	 */
	public static boolean noneMatchHits(String ifNoneMatch, String opaque) {
		if (ifNoneMatch.strip().equals("*")) {
			return true;
		}
		if (opaque == null) {
			return false;
		}
		for (Tag tag : parse(ifNoneMatch)) {
			if (tag.opaque().equals(opaque)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether an {@code If-Range} entity tag matches the current one, by strong
	 * comparison.
	 */
	public static boolean ifRangeHits(String ifRange, String opaque) {
		if (opaque == null) {
			return false;
		}
		List<Tag> tags = parse(ifRange);
		return tags.size() == 1 && !tags.get(0).weak() && tags.get(0).opaque().equals(opaque);
	}

	/** Parses a comma-separated list of entity tags; anything malformed ends the list. */
	static List<Tag> parse(String value) {
		List<Tag> tags = new ArrayList<>();
		int i = 0;
		int n = value.length();
		while (i < n) {
			char c = value.charAt(i);
			if (c == ' ' || c == '\t' || c == ',') {
				i++;
				continue;
			}
			boolean weak = value.startsWith("W/", i);
			int open = weak ? i + 2 : i;
			if (open >= n || value.charAt(open) != '"') {
				break;
			}
			int close = value.indexOf('"', open + 1);
			if (close < 0) {
				break;
			}
			tags.add(new Tag(weak, value.substring(open + 1, close)));
			i = close + 1;
		}
		return tags;
	}

	record Tag(boolean weak, String opaque) {
	}

}
