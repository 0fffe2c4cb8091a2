package io.livecd.build.publish.application;

import io.livecd.build.publish.model.BuildId;
import io.livecd.build.publish.model.BuildMetadata;
import io.livecd.build.publish.model.BuildStatus;
import io.livecd.build.publish.model.Outcome;
import io.livecd.build.publish.model.Refusal.Reason;
import io.livecd.build.publish.model.StagedBuild;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Opens a build for uploads. Opening again with the same metadata is harmless; with other
 * metadata it is a conflict.
 */
public class OpeningBuild {

	private final Staging staging;

	private final Publications publications;

	private final BuildLocks locks;

	private final Clock clock;

	public OpeningBuild(Staging staging, Publications publications, BuildLocks locks, Clock clock) {
		this.staging = staging;
		this.publications = publications;
		this.locks = locks;
		this.clock = clock;
	}

	public Outcome<Opened> open(OpenBuild request) {
		return BuildId.parse(request.job(), request.build())
			.then((id) -> BuildMetadata.of(request.image(), request.kernel(), request.gitCommit(), request.ciUrl())
				.then((metadata) -> this.locks.exclusively(id, () -> open(id, metadata))));
	}

	/** The build as it stands: open with its stored artifacts, or published. */
	public Outcome<BuildStatus> status(String job, String build) {
		return BuildId.parse(job, build).then((id) -> {
			Optional<Publication> publication = this.publications.find(id);
			if (publication.isPresent()) {
				return Outcome.done(BuildStatus.published(publication.get().event()));
			}
			return this.staging.find(id)
				.map((staged) -> Outcome.done(BuildStatus.open(staged, this.staging.artifacts(id))))
				.orElseGet(() -> Outcome.refused(Reason.UNKNOWN_BUILD, id + " was never opened or was aborted"));
		});
	}

	private Outcome<Opened> open(BuildId id, BuildMetadata metadata) {
		Optional<Publication> publication = this.publications.find(id);
		if (publication.isPresent()) {
			if (!StagedBuild.sameMetadata(publication.get().event(), metadata)) {
				return Outcome.refused(Reason.ALREADY_PUBLISHED, id + " is already published with other metadata");
			}
			return Outcome.done(new Opened(BuildStatus.published(publication.get().event()), false));
		}
		Optional<StagedBuild> existing = this.staging.find(id);
		if (existing.isPresent()) {
			if (!existing.get().metadata().equals(metadata)) {
				return Outcome.refused(Reason.BUILD_CONFLICT,
						id + " is already open with other metadata; abort it first to start over");
			}
			return Outcome.done(new Opened(BuildStatus.open(existing.get(), this.staging.artifacts(id)), false));
		}
		StagedBuild build = new StagedBuild(id, metadata, this.clock.instant());
		this.staging.open(build);
		return Outcome.done(new Opened(BuildStatus.open(build, List.of()), true));
	}

	/**
	 * The result of opening.
	 *
	 * @param status the build as it stands
	 * @param created whether this request opened it
	 */
	public record Opened(BuildStatus status, boolean created) {

	}

}
