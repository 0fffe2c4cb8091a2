package io.livecd.build.publish.application;

/** The staging store failed or could not be reached. */
public class StagingUnavailableException extends RuntimeException {

	public StagingUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
