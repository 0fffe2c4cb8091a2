package io.livecd.mirror.cache.application;

import java.io.IOException;

/** What is still free on the disk that holds the cache. */
@FunctionalInterface
public interface DiskSpace {

	/** Bytes this process may still write there. */
	long usable() throws IOException;

}
