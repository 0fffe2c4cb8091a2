package io.livecd.build.publish.model;

/**
 * Why a request changed nothing.
 *
 * @param reason the kind of refusal, which a client can act on
 * @param detail what exactly was wrong, for a person
 */
public record Refusal(Reason reason, String detail) {

	/** The kinds of refusal. */
	public enum Reason {

		/** A job or artifact name breaks the naming rule. */
		INVALID_NAME,

		/** A build number, metadata field, checksum header or manifest is malformed. */
		INVALID_REQUEST,

		/** No open or published build has this job and number. */
		UNKNOWN_BUILD,

		/** The build has no stored artifact of this name. */
		UNKNOWN_ARTIFACT,

		/** The build is open with other metadata. */
		BUILD_CONFLICT,

		/** The build is published; it no longer changes. */
		ALREADY_PUBLISHED,

		/** The build was published with another manifest. */
		MANIFEST_CONFLICT,

		/** Bytes and the sha256 stated for them differ. */
		CHECKSUM_MISMATCH,

		/** Bytes and the size stated for them differ. */
		SIZE_MISMATCH,

		/** The manifest names an artifact that was not stored. */
		MISSING_ARTIFACT,

		/** An artifact was stored that the manifest does not name. */
		UNLISTED_ARTIFACT,

		/** An artifact is larger than the configured limit. */
		TOO_LARGE,

		/** A build would have more artifacts than the configured limit. */
		TOO_MANY_ARTIFACTS

	}

}
