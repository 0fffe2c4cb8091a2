package io.livecd.mirror.serving;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The {@code Date} field value, formatted once a second. */
final class HttpDate {

	private static volatile Formatted last = new Formatted(-1, "");

	private HttpDate() {
	}

	static String now() {
		long second = System.currentTimeMillis() / 1000;
		Formatted current = last;
		if (current.second != second) {
			current = new Formatted(second, DateTimeFormatter.RFC_1123_DATE_TIME
				.format(Instant.ofEpochSecond(second).atOffset(ZoneOffset.UTC)));
			last = current;
		}
		return current.text;
	}

	private record Formatted(long second, String text) {
	}

}
