package io.livecd.kafka;

/**
 * Headers a dead-lettered record gains, besides Spring Kafka's own {@code kafka_dlt-*}.
 */
public final class DeadLetterHeaders {

	/** Why the record could not be processed, in words. */
	public static final String REASON = "livecd_dlt_reason";

	/** The consumer group that gave up on it. */
	public static final String GROUP = "livecd_dlt_group";

	/**
	 * Present when the payload was too large to keep in the dead letter: its size in
	 * bytes. The payload is still in the original topic.
	 */
	public static final String DROPPED_BYTES = "livecd_dlt_dropped_bytes";

	private DeadLetterHeaders() {
	}

}
