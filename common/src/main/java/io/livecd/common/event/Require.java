package io.livecd.common.event;

import java.util.List;
import java.util.Objects;

/**
 * Field checks shared by the event records, so no invalid event can be built or decoded.
 */
final class Require {

	private Require() {
	}

	static <T> T present(String field, T value) {
		return Objects.requireNonNull(value, () -> field + " is missing");
	}

	static String text(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(field + " is missing");
		}
		return value;
	}

	static void notNegative(String field, long value) {
		if (value < 0) {
			throw new IllegalArgumentException(field + " must not be negative");
		}
	}

	static void buildNumber(long build) {
		if (build < 1) {
			throw new IllegalArgumentException("build must be a positive build number");
		}
	}

	static <T> List<T> nonEmpty(String field, List<T> values) {
		if (values == null || values.isEmpty()) {
			throw new IllegalArgumentException(field + " must list at least one entry");
		}
		return List.copyOf(values);
	}

}
