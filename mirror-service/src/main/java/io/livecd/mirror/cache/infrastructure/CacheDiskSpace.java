package io.livecd.mirror.cache.infrastructure;

import io.livecd.mirror.cache.application.DiskSpace;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The free space of the cache's disk, asked on every miss of known length: one
 * {@code statvfs} of the cache folder ({@code Files.getFileStore} reads the mount table
 * first, too slow for a miss).
 */
final class CacheDiskSpace implements DiskSpace {

	private final File folder;

	CacheDiskSpace(Path folder) {
		this.folder = folder.toFile();
	}

	@Override
	public long usable() throws IOException {
		long usable = this.folder.getUsableSpace();
		if (usable == 0 && !this.folder.isDirectory()) {
			throw new IOException(this.folder + " is not a folder");
		}
		return usable;
	}

}
