package io.livecd.mirror.serving;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The path of a request target, decoded for {@link ServingFiles}. Refuses what could
 * leave the layout once decoded: dot segments, backslashes, control characters, an
 * encoded {@code /}, and bytes that are not UTF-8.
 */
final class RequestTarget {

	private static final String PREFIX = "/livecd";

	private RequestTarget() {
	}

	/**
	 * @return the decoded path below {@code /livecd} ({@code ""} for {@code /livecd}
	 * itself), or {@code null} for a path outside it
	 */
	static String belowLivecd(String target) throws BadRequest {
		int end = target.indexOf('?');
		String raw = (end >= 0) ? target.substring(0, end) : target;
		String path = decode(raw);
		for (String segment : path.split("/", -1)) {
			if (segment.equals(".") || segment.equals("..")) {
				throw new BadRequest("dot segments are not allowed in a path");
			}
		}
		if (path.equals(PREFIX) || path.startsWith(PREFIX + "/")) {
			return path.substring(PREFIX.length());
		}
		return null;
	}

	private static String decode(String raw) throws BadRequest {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '%') {
				int value = (i + 2 < raw.length()) ? hex(raw.charAt(i + 1), raw.charAt(i + 2)) : -1;
				if (value < 0) {
					throw new BadRequest("malformed percent-encoding in the path");
				}
				if (value == '/') {
					throw new BadRequest("an encoded / is not allowed in a path");
				}
				bytes.write(value);
				i += 2;
			}
			else {
				bytes.write(c);
			}
		}
		String path;
		try {
			path = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new BadRequest("the path is not UTF-8");
		}
		for (int i = 0; i < path.length(); i++) {
			if (path.charAt(i) == '\\' || Character.isISOControl(path.charAt(i))) {
				throw new BadRequest("backslashes and control characters are not allowed in a path");
			}
		}
		return path;
	}

	private static int hex(char high, char low) {
		int h = Character.digit(high, 16);
		int l = Character.digit(low, 16);
		return (h < 0 || l < 0) ? -1 : (h << 4) | l;
	}

}
