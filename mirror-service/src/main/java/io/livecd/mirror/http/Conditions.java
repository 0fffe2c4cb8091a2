package io.livecd.mirror.http;

/**
 * The parts of a request that decide its reply.
 *
 * @param get {@code true} for GET, {@code false} for HEAD
 * @param ifNoneMatch the {@code If-None-Match} value, or {@code null}
 * @param ifRange the {@code If-Range} value, or {@code null}
 * @param range the {@code Range} value, or {@code null}
 */
public record Conditions(boolean get, String ifNoneMatch, String ifRange, String range) {

	/** Whether the reply may be partial: a GET with a {@code Range} header. */
	public boolean wantsRange() {
		return this.get && this.range != null;
	}

}
