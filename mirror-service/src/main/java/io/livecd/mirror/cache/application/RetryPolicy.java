package io.livecd.mirror.cache.application;

import java.time.Duration;

/**
 * How a failed pre-warm is retried: after {@code initial}, doubling up to {@code max},
 * {@code attempts} times after the first try.
 */
public record RetryPolicy(int attempts, Duration initial, Duration max) {

	public RetryPolicy {
		if (attempts < 0 || initial.isNegative() || max.compareTo(initial) < 0) {
			throw new IllegalArgumentException("invalid retry policy");
		}
	}

	/** The pause before retry number {@code retry} (1 for the first retry). */
	public Duration backOff(int retry) {
		Duration pause = this.initial;
		for (int i = 1; i < retry && pause.compareTo(this.max) < 0; i++) {
			pause = pause.multipliedBy(2);
		}
		return (pause.compareTo(this.max) > 0) ? this.max : pause;
	}

}
