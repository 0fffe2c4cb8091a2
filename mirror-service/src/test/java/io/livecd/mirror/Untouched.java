package io.livecd.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a refused request must not change: the files in a mirror's cache and the requests
 * its upstream saw.
 */
record Untouched(RunningMirror mirror, TestUpstream upstream, List<Path> cacheFiles, int upstreamRequests) {

	static Untouched remember(RunningMirror mirror, TestUpstream upstream) throws IOException {
		return new Untouched(mirror, upstream, cacheFiles(mirror), upstream.requests());
	}

	void check() throws IOException {
		assertThat(cacheFiles(this.mirror)).isEqualTo(this.cacheFiles);
		assertThat(this.upstream.requests()).isEqualTo(this.upstreamRequests);
	}

	private static List<Path> cacheFiles(RunningMirror mirror) throws IOException {
		try (Stream<Path> files = Files.walk(mirror.cacheDir())) {
			return files.sorted().toList();
		}
	}

}
