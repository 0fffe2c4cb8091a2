package io.livecd.common.envelope;

import io.livecd.common.event.LivecdEvent;

/**
 * What a consumer got: an event, a type it does not know (skip), or poison (dead-letter).
 */
public sealed interface Decoding {

	record Decoded(LivecdEvent event, String source) implements Decoding {
	}

	record UnknownType(String type) implements Decoding {
	}

	record Malformed(String reason) implements Decoding {
	}

}
