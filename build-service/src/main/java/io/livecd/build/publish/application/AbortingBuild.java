package io.livecd.build.publish.application;

import io.livecd.build.publish.model.BuildId;
import io.livecd.build.publish.model.Outcome;
import io.livecd.build.publish.model.Refusal.Reason;
import io.livecd.common.name.Names;
import java.util.Optional;

/** Removes an open build, or one artifact of it, from staging. Published builds stay. */
public class AbortingBuild {

	private final Staging staging;

	private final Publications publications;

	private final BuildLocks locks;

	public AbortingBuild(Staging staging, Publications publications, BuildLocks locks) {
		this.staging = staging;
		this.publications = publications;
		this.locks = locks;
	}

	/** Removes the build and all it staged; it leaves no event. */
	public Outcome<BuildId> abort(String job, String build) {
		return BuildId.parse(job, build)
			.then((id) -> this.locks.exclusively(id, () -> refuseUnopened(id).orElseGet(() -> {
				this.staging.delete(id);
				return Outcome.done(id);
			})));
	}

	/** Removes one artifact, e.g. one uploaded by mistake, so the manifest can match. */
	public Outcome<BuildId> removeArtifact(String job, String build, String name) {
		Optional<String> badName = Names.problem("artifact", name);
		if (badName.isPresent()) {
			return Outcome.refused(Reason.INVALID_NAME, badName.get());
		}
		return BuildId.parse(job, build)
			.then((id) -> this.locks.exclusively(id, () -> refuseUnopened(id).orElseGet(() -> {
				if (!this.staging.deleteArtifact(id, name)) {
					return Outcome.refused(Reason.UNKNOWN_ARTIFACT, id + " has no artifact " + name);
				}
				return Outcome.done(id);
			})));
	}

	private Optional<Outcome<BuildId>> refuseUnopened(BuildId id) {
		if (this.publications.find(id).isPresent()) {
			return Optional.of(Outcome.refused(Reason.ALREADY_PUBLISHED, id + " is published; it no longer changes"));
		}
		if (this.staging.find(id).isEmpty()) {
			return Optional.of(Outcome.refused(Reason.UNKNOWN_BUILD, id + " is not open"));
		}
		return Optional.empty();
	}

}
