package io.livecd.repo.catalog.model;

import io.livecd.common.event.Artifact;
import io.livecd.common.event.BuildPaths;
import java.util.Optional;

/**
 * The check of one artifact before it is promoted: the staged bytes must have the size
 * and sha256 the build's manifest states, and the immutable key must be free or already
 * hold exactly these bytes.
 */
public final class Verification {

	private Verification() {
	}

	public static Check check(String job, long build, Artifact declared, Optional<Measurement> staged,
			Optional<Measurement> existing) {
		String file = declared.name();
		if (staged.isEmpty()) {
			return new Check.Fail(file + ": staged object " + BuildPaths.staged(job, build, file) + " is missing");
		}
		Measurement measured = staged.get();
		if (measured.size() != declared.size()) {
			return new Check.Fail(file + ": size is " + measured.size() + " bytes, manifest says " + declared.size());
		}
		if (!measured.sha256().equals(declared.sha256())) {
			return new Check.Fail(file + ": sha256 is " + measured.sha256() + ", manifest says " + declared.sha256());
		}
		if (existing.isEmpty()) {
			return new Check.Copy(declared, measured.version());
		}
		Measurement present = existing.get();
		if (present.size() == declared.size() && present.sha256().equals(declared.sha256())) {
			return new Check.Present(declared);
		}
		return new Check.Fail(
				file + ": builds/" + job + "/" + file + " already holds other bytes (sha256 " + present.sha256() + ")");
	}

	/** The outcome for one artifact. */
	public sealed interface Check {

		/**
		 * Verified, and the immutable key was free: the staged object of that version is
		 * copied.
		 */
		record Copy(Artifact artifact, String stagedVersion) implements Check {
		}

		/** Verified; the immutable key already holds these bytes, nothing to copy. */
		record Present(Artifact artifact) implements Check {
		}

		/** Not promotable: the build is rejected with this reason. */
		record Fail(String reason) implements Check {
		}

	}

}
