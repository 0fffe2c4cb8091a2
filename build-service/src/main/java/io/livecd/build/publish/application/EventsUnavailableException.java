package io.livecd.build.publish.application;

/** The event log did not confirm an event; sending it again is safe. */
public class EventsUnavailableException extends RuntimeException {

	public EventsUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
