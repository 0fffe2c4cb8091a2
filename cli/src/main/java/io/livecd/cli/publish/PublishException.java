package io.livecd.cli.publish;

/** Publishing failed; the message is the one line the user sees. */
class PublishException extends RuntimeException {

	private final boolean retryable;

	PublishException(String message) {
		this(message, false, null);
	}

	PublishException(String message, boolean retryable, Throwable cause) {
		super(message, cause);
		this.retryable = retryable;
	}

	/** Whether trying the same request again may succeed (network, 5xx, 429). */
	boolean retryable() {
		return this.retryable;
	}

}
