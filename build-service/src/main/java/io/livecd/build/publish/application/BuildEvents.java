package io.livecd.build.publish.application;

import io.livecd.common.event.BuildCompleted;

/** The event log that consumers of builds read. */
public interface BuildEvents {

	/**
	 * Returns once the log has the event.
	 * @throws EventsUnavailableException when it could not confirm that
	 */
	void publish(BuildCompleted event);

}
