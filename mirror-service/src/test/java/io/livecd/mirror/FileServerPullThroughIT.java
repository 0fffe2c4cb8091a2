package io.livecd.mirror;

import java.nio.file.Path;
import java.util.Map;

/** {@link PullThroughIT} with {@code /livecd/} served by the file server. */
class FileServerPullThroughIT extends PullThroughIT {

	@Override
	RunningMirror startMirror(String upstream, Path cacheDir) {
		return RunningMirror.withFileServer("test-files", upstream, cacheDir, Map.of());
	}

}
