package io.livecd.foreman.parameters.infrastructure;

/** No answer from Foreman: refused, reset, timed out. Worth retrying. */
class ForemanUnreachable extends RuntimeException {

	ForemanUnreachable(String message) {
		super("Foreman did not answer " + message);
	}

}
