package io.livecd.mirror.serving;

import io.livecd.mirror.http.Conditions;

/**
 * A request for something under {@code /livecd/}, as any server parsed it.
 *
 * @param method the request method
 * @param path the decoded, normalised path below {@code /livecd}, e.g.
 * {@code /builds/j/f}; empty for nothing below it
 * @param ifNoneMatch the {@code If-None-Match} value, or {@code null}
 * @param ifRange the {@code If-Range} value, or {@code null}
 * @param range the {@code Range} value, or {@code null}
 */
record FileRequest(String method, String path, String ifNoneMatch, String ifRange, String range) {

	boolean isGet() {
		return "GET".equals(this.method);
	}

	boolean isHead() {
		return "HEAD".equals(this.method);
	}

	Conditions conditions() {
		return new Conditions(isGet(), this.ifNoneMatch, this.ifRange, this.range);
	}

}
