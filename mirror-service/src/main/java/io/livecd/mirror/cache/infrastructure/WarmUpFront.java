package io.livecd.mirror.cache.infrastructure;

import io.livecd.mirror.cache.application.FindingFile;
import io.livecd.mirror.cache.model.ArtifactKey;
import java.io.IOException;

/**
 * The server that answers {@code /livecd/}, for the start-up warm-up: a throwaway
 * instance of itself that serves from {@code finding}, asked over new connections, so its
 * own code is compiled by the JIT before the first client.
 */
public interface WarmUpFront {

	/** Starts the throwaway instance; closing the client stops it. */
	Client open(FindingFile finding) throws IOException;

	/** Asks for files; several threads use one client at once. */
	interface Client extends AutoCloseable {

		/** Gets a file missing from the cache in full. */
		void get(ArtifactKey key) throws IOException;

		@Override
		default void close() {
		}

	}

}
