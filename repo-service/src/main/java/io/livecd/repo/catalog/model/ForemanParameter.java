package io.livecd.repo.catalog.model;

import java.time.Instant;

/** The current value of one Foreman parameter in one scope, as the bridge last set it. */
public record ForemanParameter(String scope, String name, String value, Instant time) {

	String key() {
		return key(this.scope, this.name);
	}

	static String key(String scope, String name) {
		return scope + "|" + name;
	}

}
