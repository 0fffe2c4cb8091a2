package io.livecd.build.publish.application;

import io.livecd.build.publish.model.BuildId;
import io.livecd.common.event.BuildCompleted;
import java.util.List;
import java.util.Optional;

/**
 * The durable record of which builds are published, with an outbox of events not yet
 * known to be in the event log.
 */
public interface Publications {

	/** The build's publication, if it was decided. */
	Optional<Publication> find(BuildId id);

	/**
	 * Records the decision to publish, before the event is sent: once this returns, the
	 * build is published and the event is pending.
	 */
	void record(BuildCompleted event);

	/** The event is in the log: it is no longer pending. */
	void sent(BuildId id);

	/** Events recorded but not yet known to be in the log. */
	List<BuildCompleted> pending();

}
