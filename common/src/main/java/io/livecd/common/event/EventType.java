package io.livecd.common.event;

import java.util.Arrays;
import java.util.Optional;

/**
 * The CloudEvents {@code type} of every event, its record and its topic. The type string,
 * not the Java class, is the contract: within v1 records only gain fields.
 */
public enum EventType {

	BUILD_COMPLETED("livecd.build.completed.v1", BuildCompleted.class, Topics.BUILDS),

	ARTIFACTS_PUBLISHED("livecd.artifacts.published.v1", ArtifactsPublished.class, Topics.REPO),

	ALIAS_UPDATED("livecd.alias.updated.v1", AliasUpdated.class, Topics.REPO),

	ALIAS_PINNED("livecd.alias.pinned.v1", AliasPinned.class, Topics.REPO),

	ALIAS_UNPINNED("livecd.alias.unpinned.v1", AliasUnpinned.class, Topics.REPO),

	BUILD_PRUNED("livecd.build.pruned.v1", BuildPruned.class, Topics.REPO),

	BUILD_REJECTED("livecd.build.rejected.v1", BuildRejected.class, Topics.REPO),

	MIRROR_SYNCED("livecd.mirror.synced.v1", MirrorSynced.class, Topics.MIRRORS),

	MIRROR_SYNC_FAILED("livecd.mirror.sync-failed.v1", MirrorSyncFailed.class, Topics.MIRRORS),

	MIRROR_EVICTED("livecd.mirror.evicted.v1", MirrorEvicted.class, Topics.MIRRORS),

	FOREMAN_PARAMETERS_UPDATED("livecd.foreman.parameters-updated.v1", ForemanParametersUpdated.class, Topics.FOREMAN),

	FOREMAN_UPDATE_FAILED("livecd.foreman.update-failed.v1", ForemanUpdateFailed.class, Topics.FOREMAN),

	ALIAS_ROLLBACK_REQUESTED("livecd.alias.rollback-requested.v1", AliasRollbackRequested.class, Topics.OPS),

	HOST_TASK_REQUESTED("livecd.host.task-requested.v1", HostTaskRequested.class, Topics.OPS);

	private final String type;

	private final Class<? extends LivecdEvent> recordType;

	private final String topic;

	EventType(String type, Class<? extends LivecdEvent> recordType, String topic) {
		this.type = type;
		this.recordType = recordType;
		this.topic = topic;
	}

	/** The CloudEvents type, {@code livecd.<noun>.<verb>.v<N>}. */
	public String type() {
		return this.type;
	}

	public Class<? extends LivecdEvent> recordType() {
		return this.recordType;
	}

	/**
	 * The topic this event is published on (alias moves also go to the compacted aliases
	 * topic).
	 */
	public String topic() {
		return this.topic;
	}

	public static Optional<EventType> of(String type) {
		return Arrays.stream(values()).filter((t) -> t.type.equals(type)).findFirst();
	}

	public static EventType of(LivecdEvent event) {
		return Arrays.stream(values())
			.filter((t) -> t.recordType == event.getClass())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no type for " + event.getClass()));
	}

}
