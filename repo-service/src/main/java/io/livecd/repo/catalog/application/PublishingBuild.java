package io.livecd.repo.catalog.application;

import io.livecd.common.event.AliasUpdated;
import io.livecd.common.event.Artifact;
import io.livecd.common.event.ArtifactsPublished;
import io.livecd.common.event.BuildCompleted;
import io.livecd.common.event.BuildRejected;
import io.livecd.repo.catalog.model.AliasMoves;
import io.livecd.repo.catalog.model.AliasRules;
import io.livecd.repo.catalog.model.BuildRef;
import io.livecd.repo.catalog.model.EventIds;
import io.livecd.repo.catalog.model.Manifest;
import io.livecd.repo.catalog.model.Measurement;
import io.livecd.repo.catalog.model.Verification;
import io.livecd.repo.catalog.model.Verification.Check;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Takes a completed build into the repository: re-verifies every staged artifact by
 * streaming it into its immutable key (a copy that becomes visible only when the bytes
 * match the manifest; a key that already holds the file is checked instead), writes the
 * manifest, moves the job's aliases, logs {@code artifacts.published} and applies
 * retention. Any failed check logs {@code build.rejected} and changes nothing else: the
 * copies this build already made are removed.
 * <p>
 * {@code artifacts.published} comes after the alias moves because it marks the build
 * done: a build interrupted before it (a crash, a broker outage) is taken up again in
 * full when its event is redelivered, and every step repeats harmlessly (identical copies
 * are skipped, an alias already on the build stays, the event ids are derived from the
 * build). A build already published, pruned or rejected is left alone, so a repeated or
 * late event changes nothing; only retention is re-checked for its job.
 */
public class PublishingBuild {

	/** The actor of the changes the repository makes on its own. */
	public static final String ACTOR = "repo-service";

	private final CatalogStore store;

	private final Artifacts artifacts;

	private final Manifests manifests;

	private final AliasRules rules;

	private final PruningBuilds pruning;

	private final Clock clock;

	public PublishingBuild(CatalogStore store, Artifacts artifacts, Manifests manifests, AliasRules rules,
			PruningBuilds pruning, Clock clock) {
		this.store = store;
		this.artifacts = artifacts;
		this.manifests = manifests;
		this.rules = rules;
		this.pruning = pruning;
		this.clock = clock;
	}

	public Outcome handle(BuildCompleted completed) {
		BuildRef ref = new BuildRef(completed.job(), completed.build());
		if (this.store.current().isSettled(ref)) {
			return settled(ref);
		}
		List<String> copied = new ArrayList<>();
		for (Artifact declared : completed.artifacts()) {
			Optional<Measurement> existing = this.artifacts.measurePublished(ref.job(), declared.name());
			Optional<Measurement> staged = existing.isPresent()
					? this.artifacts.measureStaged(ref.job(), ref.build(), declared.name())
					: this.artifacts.copyVerified(ref.job(), ref.build(), declared);
			Check check = Verification.check(ref.job(), ref.build(), declared, staged, existing);
			if (check instanceof Check.Fail fail) {
				copied.forEach((file) -> this.artifacts.delete(ref.job(), file));
				return reject(ref, fail.reason());
			}
			if (check instanceof Check.Copy) {
				copied.add(declared.name());
			}
		}
		return this.store.locked(() -> publish(Manifest.of(completed, this.clock.instant())));
	}

	private Outcome publish(Manifest manifest) {
		if (this.store.current().isSettled(manifest.ref())) {
			return Outcome.ALREADY_SETTLED;
		}
		this.manifests.save(manifest);
		this.store.add(manifest);
		for (AliasUpdated move : AliasMoves.onPublish(this.store.current(), this.rules, manifest, ACTOR,
				this.clock.instant())) {
			this.store.record(move);
		}
		this.store.record(new ArtifactsPublished(EventIds.of("artifacts.published", manifest.ref()),
				this.clock.instant(), manifest.job(), manifest.build(), manifest.artifacts()));
		this.pruning.prune(manifest.job());
		return Outcome.PUBLISHED;
	}

	private Outcome settled(BuildRef ref) {
		this.store.locked(() -> {
			this.pruning.prune(ref.job());
			return null;
		});
		return Outcome.ALREADY_SETTLED;
	}

	private Outcome reject(BuildRef ref, String reason) {
		return this.store.locked(() -> {
			if (this.store.current().isSettled(ref)) {
				return Outcome.ALREADY_SETTLED;
			}
			this.store.record(new BuildRejected(EventIds.of("build.rejected", ref), this.clock.instant(), ref.job(),
					ref.build(), reason));
			return Outcome.REJECTED;
		});
	}

	/** What became of a completed build. */
	public enum Outcome {

		PUBLISHED, REJECTED, ALREADY_SETTLED

	}

}
