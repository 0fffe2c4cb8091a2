package io.livecd.foreman.parameters.application;

import io.livecd.foreman.parameters.model.Scope;

/** What the bridge tells the rest of the system about Foreman. */
public interface ParameterEvents {

	/** A parameter changed; {@code current} is {@code null} when it was removed. */
	void updated(Scope scope, String name, String previous, String current);

	/** The bridge gave up on an intent (the dead letter), with the reason. */
	void failed(Scope scope, String subject, String value, String reason);

}
