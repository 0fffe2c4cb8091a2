package io.livecd.build.publish.application;

import io.livecd.build.publish.model.BuildId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Removes what abandoned builds left in staging: builds nothing was written to for
 * {@code maxAge} and that were never published, and uploads that never finished.
 * Published builds stay; their staging belongs to the repository service.
 */
public class SweepingStaging {

	private final Staging staging;

	private final Publications publications;

	private final BuildLocks locks;

	private final Clock clock;

	private final Duration maxAge;

	public SweepingStaging(Staging staging, Publications publications, BuildLocks locks, Clock clock, Duration maxAge) {
		this.staging = staging;
		this.publications = publications;
		this.locks = locks;
		this.clock = clock;
		this.maxAge = maxAge;
	}

	/**
	 * @return how many builds were removed
	 */
	public int sweep() {
		Instant cutoff = this.clock.instant().minus(this.maxAge);
		int removed = 0;
		for (BuildId id : this.staging.idleSince(cutoff)) {
			boolean deleted = this.locks.exclusively(id, () -> {
				if (this.locks.uploading(id) || this.publications.find(id).isPresent()) {
					return false;
				}
				this.staging.delete(id);
				return true;
			});
			removed += deleted ? 1 : 0;
		}
		this.staging.discardAbandonedWrites(cutoff);
		return removed;
	}

}
