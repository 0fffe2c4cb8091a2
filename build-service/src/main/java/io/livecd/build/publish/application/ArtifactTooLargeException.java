package io.livecd.build.publish.application;

import java.io.IOException;

/** A request body went past the artifact size limit; reading stopped there. */
public class ArtifactTooLargeException extends IOException {

	public ArtifactTooLargeException(long limit) {
		super("the artifact is larger than the limit of " + limit + " bytes");
	}

}
