package io.livecd.mirror.cache.application;

import java.io.Closeable;
import java.io.InputStream;
import java.util.Optional;

/** A file the upstream is sending. */
public interface UpstreamFile extends Closeable {

	/** The announced length, or -1 when the upstream did not announce one. */
	long length();

	/**
	 * The checksum the upstream states (its strong entity tag, when that is a sha256).
	 */
	Optional<String> sha256();

	InputStream body();

	/** Ends the transfer from any thread, so that a blocked read fails at once. */
	void abort();

}
