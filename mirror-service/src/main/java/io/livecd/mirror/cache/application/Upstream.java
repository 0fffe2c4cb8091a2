package io.livecd.mirror.cache.application;

import io.livecd.mirror.cache.model.ArtifactKey;
import java.io.IOException;

/** Where files come from on a miss: the central repository or another mirror. */
public interface Upstream {

	/**
	 * Starts a GET of one file. A {@link Fetch.Found} must be closed by the caller.
	 * @throws IOException when the upstream cannot be reached
	 */
	Fetch fetch(ArtifactKey key) throws IOException;

}
