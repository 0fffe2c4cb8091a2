package io.livecd.mirror.cache.application;

import java.util.List;

/** The repository removed these files of a build. */
public record PruneBuild(String job, long build, List<String> files) {

	public PruneBuild {
		files = List.copyOf(files);
	}

}
