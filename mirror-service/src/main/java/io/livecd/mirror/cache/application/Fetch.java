package io.livecd.mirror.cache.application;

/** How the upstream answered a request for a file. */
public sealed interface Fetch {

	/** It has the file; its body is ready to be read. */
	record Found(UpstreamFile file) implements Fetch {
	}

	/** It does not know the file (404 or 410). */
	record Missing() implements Fetch {
	}

	/** It answered with anything else; {@code reason} says what. */
	record Refused(String reason) implements Fetch {
	}

}
