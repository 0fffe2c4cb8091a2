package io.livecd.repo.catalog.application;

import java.util.List;

/** What a pin or unpin request did. */
public sealed interface PinResult {

	/** Done (or already so); the aliases it concerns. */
	record Done(List<String> aliases) implements PinResult {

		public Done {
			aliases = List.copyOf(aliases);
		}

	}

	/** Nothing changed, for this reason. */
	record Refused(Reason reason, String detail) implements PinResult {
	}

	enum Reason {

		/** No alias of that name is declared. */
		UNKNOWN_ALIAS,

		/** The build is not a retained, published build of the alias's job. */
		UNKNOWN_BUILD,

		/** The build has no single file matching the alias's pattern. */
		NO_MATCHING_FILE,

		/** The job has no declared alias to pin. */
		NO_ALIASES

	}

}
