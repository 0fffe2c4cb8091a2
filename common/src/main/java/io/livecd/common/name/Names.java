package io.livecd.common.name;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one naming rule for jobs, artifacts and aliases. Every name becomes a path segment
 * on disk, in S3 and in URLs, so anything that could escape a folder or look like another
 * name is refused here, before it reaches any of them.
 */
public final class Names {

	public static final int MAX_LENGTH = 128;

	public static final String RULE = "1-" + MAX_LENGTH
			+ " ASCII letters, digits, '.', '_' or '-', not starting with '.'";

	private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0," + (MAX_LENGTH - 1) + "}");

	private Names() {
	}

	/**
	 * The problem with a name, or empty when it is valid.
	 * @param kind what the name names ("job", "artifact", "alias"), for the message
	 * @param name the name to check, possibly {@code null}
	 */
	public static Optional<String> problem(String kind, String name) {
		if (name == null || name.isEmpty()) {
			return Optional.of(kind + " name is missing; it must be " + RULE);
		}
		if (VALID.matcher(name).matches()) {
			return Optional.empty();
		}
		return Optional.of(kind + " name '" + printable(name) + "' is invalid; it must be " + RULE);
	}

	/** Returns the name when valid, otherwise throws {@link InvalidNameException}. */
	public static String require(String kind, String name) {
		Optional<String> problem = problem(kind, name);
		if (problem.isPresent()) {
			throw new InvalidNameException(problem.get());
		}
		return name;
	}

	public static String requireJob(String job) {
		return require("job", job);
	}

	public static String requireArtifact(String file) {
		return require("artifact", file);
	}

	public static String requireAlias(String alias) {
		return require("alias", alias);
	}

	/** Escapes control and non-ASCII characters so a message never carries them raw. */
	static String printable(String name) {
		String shown = name.length() > MAX_LENGTH + 8 ? name.substring(0, MAX_LENGTH + 8) + "..." : name;
		StringBuilder out = new StringBuilder(shown.length());
		shown.codePoints().forEach((c) -> {
			if (c >= 0x20 && c < 0x7f) {
				out.appendCodePoint(c);
			}
			else {
				out.append(String.format("\\u%04x", c));
			}
		});
		return out.toString();
	}

}
