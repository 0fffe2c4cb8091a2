package io.livecd.repo.serving;

/**
 * Entity-tag comparison (RFC 9110, section 8.8.3): weak for {@code If-None-Match}, strong
 * for {@code If-Range}. Tags are compared in their quoted form, {@code "opaque"} or
 * {@code W/"opaque"}.
 */
public final class EntityTags {

	private EntityTags() {
	}

	/** The strong entity-tag for an opaque value such as a sha256. */
	public static String strong(String opaque) {
		return "\"" + opaque + "\"";
	}

	/**
	 * Whether an {@code If-None-Match} value names the current tag: {@code *}, or a list
	 * holding the tag, weakly compared. A value that cannot be parsed matches nothing
	 * from the point it breaks.
	 */
	public static boolean anyMatchesWeakly(String header, String current) {
		if (header == null) {
			return false;
		}
		if (header.strip().equals("*")) {
			return true;
		}
		String opaque = opaque(current);
		int i = 0;
		while (i < header.length()) {
			char c = header.charAt(i);
			if (c == ' ' || c == '\t' || c == ',') {
				i++;
				continue;
			}
			if (header.startsWith("W/", i)) {
				i += 2;
			}
			if (i >= header.length() || header.charAt(i) != '"') {
				return false;
			}
			int end = header.indexOf('"', i + 1);
			if (end < 0) {
				return false;
			}
			if (header.substring(i + 1, end).equals(opaque)) {
				return true;
			}
			i = end + 1;
		}
		return false;
	}

	/**
	 * Whether an {@code If-Range} value is the current strong tag. A weak tag or a date
	 * never matches (this server sends no {@code Last-Modified}).
	 */
	public static boolean matchesStrongly(String header, String current) {
		return header != null && header.strip().equals(current) && !current.startsWith("W/");
	}

	private static String opaque(String tag) {
		String strong = tag.startsWith("W/") ? tag.substring(2) : tag;
		return strong.substring(1, strong.length() - 1);
	}

}
