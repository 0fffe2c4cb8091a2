package io.livecd.build.publish.application;

/** The event log did not confirm an event; sending it again is safe. */
public class EventsUnavailableException extends RuntimeException {

	private final String eventId;

	public EventsUnavailableException(String eventId, String message, Throwable cause) {
		super(message, cause);
		this.eventId = eventId;
	}

	/** The id of the event that is still pending. */
	public String eventId() {
		return this.eventId;
	}

}
