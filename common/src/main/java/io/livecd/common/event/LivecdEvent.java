package io.livecd.common.event;

import java.time.Instant;

/**
 * Every event on the wire: an id that consumers deduplicate on, the time it happened, and
 * the business key it is ordered by (the Kafka key and the CloudEvents subject).
 */
public sealed interface LivecdEvent permits BuildEvent, RepoEvent, MirrorEvent, ForemanEvent, OpsEvent {

	String id();

	Instant time();

	/** The job, alias, location, scope or host this event is about. */
	String subject();

}
