package io.livecd.kafka;

/** The broker did not acknowledge an event in time; the event may not be in the log. */
public class EventPublishException extends RuntimeException {

	public EventPublishException(String topic, Throwable cause) {
		super("event not acknowledged on " + topic + ": " + cause.getMessage(), cause);
	}

}
