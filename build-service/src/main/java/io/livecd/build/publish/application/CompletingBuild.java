package io.livecd.build.publish.application;

import io.livecd.build.publish.model.BuildId;
import io.livecd.build.publish.model.Manifest;
import io.livecd.build.publish.model.Outcome;
import io.livecd.build.publish.model.Refusal.Reason;
import io.livecd.build.publish.model.StagedBuild;
import io.livecd.common.event.BuildCompleted;
import java.time.Clock;
import java.util.Optional;

/**
 * Publishes a build: checks the manifest against what staging holds, records the decision
 * with its event in the outbox, sends the event, and clears it from the outbox. A build
 * is published at most once; completing it again with the same manifest returns the same
 * event id, and sends the event only if it is still pending.
 */
public class CompletingBuild {

	private final Staging staging;

	private final Publications publications;

	private final BuildEvents events;

	private final BuildLocks locks;

	private final Clock clock;

	private final int maxArtifacts;

	public CompletingBuild(Staging staging, Publications publications, BuildEvents events, BuildLocks locks,
			Clock clock, int maxArtifacts) {
		this.staging = staging;
		this.publications = publications;
		this.events = events;
		this.locks = locks;
		this.clock = clock;
		this.maxArtifacts = maxArtifacts;
	}

	/**
	 * @return the event id
	 * @throws EventsUnavailableException when the event log did not confirm the event;
	 * the build is published and the event pending, so completing again (or the relay)
	 * sends it
	 */
	public Outcome<String> complete(CompleteBuild request) {
		return BuildId.parse(request.job(), request.build())
			.then((id) -> Manifest.of(request.manifest(), this.maxArtifacts)
				.then((manifest) -> this.locks.exclusively(id, () -> complete(id, manifest))));
	}

	private Outcome<String> complete(BuildId id, Manifest manifest) {
		Optional<Publication> publication = this.publications.find(id);
		if (publication.isPresent()) {
			return again(id, manifest, publication.get());
		}
		Optional<StagedBuild> build = this.staging.find(id);
		if (build.isEmpty()) {
			return Outcome.refused(Reason.UNKNOWN_BUILD, id + " is not open; open it and upload its artifacts first");
		}
		return manifest.verify(this.staging.artifacts(id)).then((verified) -> {
			BuildCompleted event = build.get().complete(verified, this.clock.instant());
			this.publications.record(event);
			send(event);
			return Outcome.done(event.id());
		});
	}

	private Outcome<String> again(BuildId id, Manifest manifest, Publication publication) {
		if (!manifest.sameAs(publication.event().artifacts())) {
			return Outcome.refused(Reason.MANIFEST_CONFLICT, id + " is already published with another manifest");
		}
		if (publication.pending()) {
			send(publication.event());
		}
		return Outcome.done(publication.event().id());
	}

	private void send(BuildCompleted event) {
		this.events.publish(event);
		this.publications.sent(new BuildId(event.job(), event.build()));
	}

	/**
	 * Sends every pending event (the outbox relay), stopping at the first the log does
	 * not confirm.
	 * @return how many were sent
	 */
	public int sendPending() {
		int sent = 0;
		for (BuildCompleted event : this.publications.pending()) {
			BuildId id = new BuildId(event.job(), event.build());
			boolean relayed = this.locks.exclusively(id, () -> {
				Optional<Publication> publication = this.publications.find(id);
				if (publication.isEmpty() || !publication.get().pending()) {
					return false;
				}
				send(publication.get().event());
				return true;
			});
			sent += relayed ? 1 : 0;
		}
		return sent;
	}

}
