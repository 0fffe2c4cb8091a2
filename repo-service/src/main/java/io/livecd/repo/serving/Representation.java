package io.livecd.repo.serving;

/**
 * The selected representation of a resource: its exact length, its strong entity-tag
 * (quoted) and its media type.
 */
public record Representation(long length, String etag, String contentType) {

	public Representation {
		if (length < 0) {
			throw new IllegalArgumentException("length must not be negative");
		}
		if (etag == null || !etag.startsWith("\"") || !etag.endsWith("\"") || etag.length() < 2) {
			throw new IllegalArgumentException("etag must be a quoted strong entity-tag");
		}
	}

}
