package io.livecd.repo.catalog.application;

import io.livecd.common.event.Artifact;
import io.livecd.repo.catalog.model.Measurement;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * The object store: staged uploads under {@code staging/{job}/{build}/{file}} and
 * immutable files under {@code builds/{job}/{file}}. Failures of the store itself throw.
 */
public interface Artifacts {

	/** Streams the staged object to measure it; empty when it does not exist. */
	Optional<Measurement> measureStaged(String job, long build, String file);

	/** Measures what the immutable key holds; empty when it is free. */
	Optional<Measurement> measurePublished(String job, String file);

	/**
	 * Copies the staged object to {@code builds/{job}/{file}}, only if the staged object
	 * is still the measured version.
	 */
	void promote(String job, long build, Artifact artifact, String stagedVersion);

	void delete(String job, String file);

	/** A window of the bytes of {@code builds/{job}/{file}}, streamed. */
	InputStream open(String job, String file, long offset, long length) throws IOException;

}
