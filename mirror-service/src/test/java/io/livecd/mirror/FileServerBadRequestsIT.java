package io.livecd.mirror;

import java.nio.file.Path;
import java.util.Map;

/** {@link BadRequestsIT} with {@code /livecd/} served by the file server. */
class FileServerBadRequestsIT extends BadRequestsIT {

	@Override
	RunningMirror startMirror(String upstream, Path cacheDir) {
		return RunningMirror.withFileServer("bad-files", upstream, cacheDir, Map.of());
	}

}
