package io.livecd.common.name;

/** A job, artifact or alias name broke {@link Names#RULE}; the message says how. */
public class InvalidNameException extends IllegalArgumentException {

	public InvalidNameException(String message) {
		super(message);
	}

}
