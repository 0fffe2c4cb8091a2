package io.livecd.repo.catalog.application;

import io.livecd.common.event.AliasTarget;
import java.util.Optional;

/** What an operator's rollback or restore of an alias did. */
public sealed interface MoveResult {

	/**
	 * The alias now names {@code target}; {@code event} is the move logged, empty when
	 * the alias named it already.
	 */
	record Moved(String alias, AliasTarget previous, AliasTarget target,
			Optional<String> eventId) implements MoveResult {
	}

	/** Nothing changed, for this reason. */
	record Refused(Reason reason, String detail) implements MoveResult {
	}

	enum Reason {

		/** No alias of that name is declared. */
		UNKNOWN_ALIAS,

		/** The build is not a retained, published build of the alias's job. */
		UNKNOWN_BUILD,

		/** The build has no single file matching the alias's pattern. */
		NO_MATCHING_FILE,

		/** No retained build older than the alias's current target can take it. */
		NO_EARLIER_BUILD,

		/** The alias is pinned: it must be unpinned first. */
		PINNED

	}

}
