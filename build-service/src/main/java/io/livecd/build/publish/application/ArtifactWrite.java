package io.livecd.build.publish.application;

import io.livecd.common.event.Artifact;

/**
 * An artifact's bytes, stored but not yet visible. Closing it without a commit discards
 * them.
 */
public interface ArtifactWrite extends AutoCloseable {

	/** Makes the bytes the build's artifact, with their verified size and sha256. */
	void commit(Artifact verified);

	@Override
	void close();

}
