package io.livecd.build.publish.model;

import io.livecd.build.publish.model.Refusal.Reason;
import io.livecd.common.checksum.Sha256;
import io.livecd.common.event.Artifact;
import io.livecd.common.name.Names;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The artifacts CI says a build consists of, each with its size and sha256, ordered by
 * name. It is the truth every later check compares with.
 *
 * @param artifacts the artifacts, at least one, unique names
 */
public record Manifest(List<Artifact> artifacts) {

	public Manifest {
		artifacts = artifacts.stream().sorted(Comparator.comparing(Artifact::name)).toList();
	}

	/**
	 * Checks what a client sent: names, sizes, checksums, no duplicates, not too many.
	 */
	public static Outcome<Manifest> of(List<ManifestEntry> entries, int maxArtifacts) {
		if (entries == null || entries.isEmpty()) {
			return Outcome.refused(Reason.INVALID_REQUEST, "the manifest must list at least one artifact");
		}
		if (entries.size() > maxArtifacts) {
			return Outcome.refused(Reason.TOO_MANY_ARTIFACTS,
					"the manifest lists " + entries.size() + " artifacts; at most " + maxArtifacts + " are allowed");
		}
		List<Artifact> artifacts = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (ManifestEntry entry : entries) {
			if (entry == null) {
				return Outcome.refused(Reason.INVALID_REQUEST, "the manifest has an empty entry");
			}
			Optional<String> problem = Names.problem("artifact", entry.name());
			if (problem.isPresent()) {
				return Outcome.refused(Reason.INVALID_NAME, problem.get());
			}
			if (entry.size() == null || entry.size() < 0) {
				return Outcome.refused(Reason.INVALID_REQUEST, "size of " + entry.name() + " must be a byte count");
			}
			String sha256 = (entry.sha256() != null) ? entry.sha256().toLowerCase(Locale.ROOT) : null;
			if (!Sha256.isValid(sha256)) {
				return Outcome.refused(Reason.INVALID_REQUEST, "sha256 of " + entry.name() + " must be 64 hex digits");
			}
			if (!names.add(entry.name())) {
				return Outcome.refused(Reason.INVALID_REQUEST, "the manifest lists " + entry.name() + " twice");
			}
			artifacts.add(new Artifact(entry.name(), entry.size(), sha256));
		}
		return Outcome.done(new Manifest(artifacts));
	}

	/**
	 * Compares the manifest with what was stored; refuses naming every difference, the
	 * first one's kind as the reason.
	 */
	public Outcome<Manifest> verify(List<Artifact> stored) {
		List<Refusal> differences = new ArrayList<>();
		for (Artifact expected : this.artifacts) {
			Optional<Artifact> found = stored.stream().filter((a) -> a.name().equals(expected.name())).findFirst();
			if (found.isEmpty()) {
				differences.add(new Refusal(Reason.MISSING_ARTIFACT, expected.name() + " was not uploaded"));
			}
			else if (found.get().size() != expected.size()) {
				differences.add(new Refusal(Reason.SIZE_MISMATCH, expected.name() + " has " + found.get().size()
						+ " bytes, the manifest says " + expected.size()));
			}
			else if (!found.get().sha256().equals(expected.sha256())) {
				differences.add(new Refusal(Reason.CHECKSUM_MISMATCH, expected.name() + " has sha256 "
						+ found.get().sha256() + ", the manifest says " + expected.sha256()));
			}
		}
		for (Artifact extra : stored) {
			if (this.artifacts.stream().noneMatch((a) -> a.name().equals(extra.name()))) {
				differences.add(new Refusal(Reason.UNLISTED_ARTIFACT,
						extra.name() + " was uploaded but is not in the manifest; delete it or list it"));
			}
		}
		if (differences.isEmpty()) {
			return Outcome.done(this);
		}
		String detail = String.join("; ", differences.stream().map(Refusal::detail).toList());
		return Outcome.refused(differences.get(0).reason(), detail);
	}

	/** Whether a published build's artifacts are exactly these. */
	public boolean sameAs(List<Artifact> other) {
		return this.artifacts.equals(new Manifest(other).artifacts);
	}

	/**
	 * SHA-256 over the sorted lines {@code name size sha256}: equal manifests, equal
	 * digests.
	 */
	public String digest() {
		StringBuilder lines = new StringBuilder();
		this.artifacts.forEach(
				(a) -> lines.append(a.name()).append(' ').append(a.size()).append(' ').append(a.sha256()).append('\n'));
		return Sha256.of(lines.toString().getBytes(StandardCharsets.UTF_8));
	}

}
