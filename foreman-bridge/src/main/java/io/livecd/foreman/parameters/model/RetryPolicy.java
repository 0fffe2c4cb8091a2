package io.livecd.foreman.parameters.model;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * How often and how patiently a retryable failure is retried: exponential back-off from
 * {@code initial}, capped at {@code max}, with "equal jitter" (half the delay fixed, half
 * random) so that many lanes do not retry in step.
 *
 * @param maxAttempts attempts in all before giving up (dead-lettering)
 * @param initial the delay before the second attempt, without jitter
 * @param max the longest delay
 * @param random uniform numbers in [0, 1)
 */
public record RetryPolicy(int maxAttempts, Duration initial, Duration max, DoubleSupplier random) {

	public RetryPolicy {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("maxAttempts must be at least 1");
		}
		if (initial.isNegative() || max.compareTo(initial) < 0) {
			throw new IllegalArgumentException("back-off must satisfy 0 <= initial <= max");
		}
	}

	/** Whether another attempt follows the given number of failed ones. */
	public boolean allowsAnotherAfter(int failedAttempts) {
		return failedAttempts < this.maxAttempts;
	}

	/** The delay after the given number of failed attempts (1 for the first failure). */
	public Duration delayAfter(int failedAttempts) {
		double exponential = this.initial.toMillis() * Math.pow(2, Math.max(0, failedAttempts - 1));
		double capped = Math.min(exponential, this.max.toMillis());
		return Duration.ofMillis(Math.round(capped / 2 + this.random.getAsDouble() * capped / 2));
	}

}
