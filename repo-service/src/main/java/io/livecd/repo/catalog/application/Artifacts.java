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
	 * Copies the staged object to the free key {@code builds/{job}/{file}} while
	 * measuring it: the copy becomes visible only if the bytes read have the declared
	 * size and sha256; otherwise nothing is written.
	 * @return what the staged object held; empty when it does not exist
	 */
	Optional<Measurement> copyVerified(String job, long build, Artifact declared);

	void delete(String job, String file);

	/** A window of the bytes of {@code builds/{job}/{file}}, streamed. */
	InputStream open(String job, String file, long offset, long length) throws IOException;

}
