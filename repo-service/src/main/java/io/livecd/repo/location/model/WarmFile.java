package io.livecd.repo.location.model;

import java.time.Instant;

/** A file a mirror holds verified, since {@code time}. */
public record WarmFile(String job, long build, String file, String sha256, long bytes, Instant time) {

	String key() {
		return key(this.job, this.file);
	}

	static String key(String job, String file) {
		return job + "/" + file;
	}

}
