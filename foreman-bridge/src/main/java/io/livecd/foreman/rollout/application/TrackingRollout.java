package io.livecd.foreman.rollout.application;

import io.livecd.common.event.AliasTarget;
import io.livecd.common.event.AliasUpdated;
import io.livecd.common.event.MirrorEvicted;
import io.livecd.common.event.MirrorSynced;
import io.livecd.foreman.parameters.application.ParameterUpdates;
import io.livecd.foreman.parameters.model.Intent;
import io.livecd.foreman.rollout.model.Artifact;
import io.livecd.foreman.rollout.model.Rollout;
import java.util.List;

/**
 * Follows alias moves and mirror reports and asks for the parameters they call for. While
 * the event log is being replayed after a start, it only rebuilds its state (so an old
 * event never sends an old value to Foreman); once caught up it asks for everything the
 * state calls for, then for each change as it comes.
 */
public final class TrackingRollout {

	private final Rollout rollout;

	private final ParameterUpdates updates;

	private volatile boolean live;

	public TrackingRollout(Rollout rollout, ParameterUpdates updates) {
		this.rollout = rollout;
		this.updates = updates;
	}

	public void on(AliasUpdated event) {
		AliasTarget target = event.target();
		dispatch(this.rollout.aliasMoved(event.alias(),
				new Artifact(target.job(), target.build(), target.file(), target.sha256())));
	}

	public void on(MirrorSynced event) {
		dispatch(this.rollout.synced(event.location(),
				new Artifact(event.job(), event.build(), event.file(), event.sha256())));
	}

	public void on(MirrorEvicted event) {
		this.rollout.evicted(event.location(), event.job(), event.build(), event.file());
	}

	/** The replay reached the end of the log as it was at start-up. */
	public void caughtUp() {
		this.live = true;
		this.rollout.all().forEach(this.updates::request);
	}

	public boolean isLive() {
		return this.live;
	}

	private void dispatch(List<Intent> intents) {
		if (this.live) {
			intents.forEach(this.updates::request);
		}
	}

}
