package io.livecd.repo.serving;

/**
 * The request header fields that decide how a representation is served; any may be
 * {@code null}.
 */
public record ConditionalRequest(String range, String ifNoneMatch, String ifRange) {

	public static ConditionalRequest plain() {
		return new ConditionalRequest(null, null, null);
	}

}
