package io.livecd.mirror.cache.infrastructure;

import io.livecd.mirror.cache.application.FindingFile;
import io.livecd.mirror.cache.model.ArtifactKey;
import java.io.IOException;
import java.util.List;

/**
 * The server that answers {@code /livecd/}, for the start-up warm-up: it asks for each
 * file over a new connection to a throwaway instance of itself that serves from
 * {@code finding}, so its own code is compiled by the JIT before the first client.
 */
public interface WarmUpFront {

	/** Gets every file of {@code keys} (all missing from {@code finding}) in full. */
	void miss(FindingFile finding, List<ArtifactKey> keys) throws IOException;

}
