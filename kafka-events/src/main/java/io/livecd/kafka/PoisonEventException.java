package io.livecd.kafka;

/** An event that can never be processed: it goes to the dead-letter topic at once. */
public class PoisonEventException extends RuntimeException {

	public PoisonEventException(String reason) {
		super(reason);
	}

}
