package io.livecd.mirror.cache.application;

import io.livecd.mirror.cache.model.CachedArtifact;
import java.nio.file.Path;

/** Where the bytes of a requested file are. */
public sealed interface Lookup {

	/** Complete and verified in the cache. */
	record Hit(CachedArtifact artifact, Path file) implements Lookup {
	}

	/** Being downloaded; read it as it grows. */
	record Miss(Fill fill) implements Lookup {
	}

}
