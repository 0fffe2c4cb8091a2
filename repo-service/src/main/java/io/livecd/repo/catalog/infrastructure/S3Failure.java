package io.livecd.repo.catalog.infrastructure;

/** The object store failed; the operation may be retried. */
class S3Failure extends RuntimeException {

	S3Failure(String operation, String key, Exception cause) {
		super("S3 " + operation + " of " + key + " failed: " + cause.getMessage(), cause);
	}

}
