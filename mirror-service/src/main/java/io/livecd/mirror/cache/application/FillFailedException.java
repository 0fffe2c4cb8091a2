package io.livecd.mirror.cache.application;

import java.io.IOException;

/** A fill a reader was waiting on failed: the reader must not complete its response. */
public class FillFailedException extends IOException {

	private final boolean missing;

	public FillFailedException(String reason, boolean missing) {
		super(reason);
		this.missing = missing;
	}

	/** Whether it failed because the upstream does not have the file. */
	public boolean missing() {
		return this.missing;
	}

}
