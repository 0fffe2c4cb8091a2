package io.livecd.testkit;

/** A running Kafka broker and S3 server, as one backend provides them. */
interface Services {

	String kafkaBootstrap();

	S3Access s3();

	/**
	 * Whether others use the same broker and server, so a test run must remove the
	 * buckets and topics it created.
	 */
	boolean shared();

	/** Stops what this backend started; never throws. */
	void stop();

}
