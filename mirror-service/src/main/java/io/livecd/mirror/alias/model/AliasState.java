package io.livecd.mirror.alias.model;

import io.livecd.common.event.AliasTarget;
import java.time.Instant;
import java.util.Optional;

/**
 * One alias as this mirror knows it.
 *
 * @param alias its name
 * @param target where the repository says it points
 * @param since when the repository moved it there
 * @param serving what this mirror serves under its name: the last target that was warm
 * here, or {@code null} when none has been yet
 */
public record AliasState(String alias, AliasTarget target, Instant since, AliasTarget serving) {

	/** Whether the target is warm here, so the mirror serves it. */
	public boolean warm() {
		return this.target.equals(this.serving);
	}

	public Optional<AliasTarget> servingTarget() {
		return Optional.ofNullable(this.serving);
	}

}
