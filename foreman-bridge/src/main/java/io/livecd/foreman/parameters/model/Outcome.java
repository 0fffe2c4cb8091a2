package io.livecd.foreman.parameters.model;

/** What one attempt to make Foreman hold an intent came to. */
public sealed interface Outcome permits Outcome.Unchanged, Outcome.Written, Outcome.Rebuilt, Outcome.Failed {

	/** Foreman already held it; nothing was written. */
	record Unchanged(String current) implements Outcome {
	}

	/**
	 * Foreman now holds it; {@code previous} is {@code null} for a new parameter,
	 * {@code current} for a removed one.
	 */
	record Written(String previous, String current) implements Outcome {
	}

	/** Foreman rebuilt the TFTP files. */
	record Rebuilt() implements Outcome {
	}

	/**
	 * Foreman did not take it.
	 *
	 * @param reason why, in words, never with credentials
	 * @param retryable whether trying again later may succeed (unreachable, slow, 5xx)
	 */
	record Failed(String reason, boolean retryable) implements Outcome {
	}

}
