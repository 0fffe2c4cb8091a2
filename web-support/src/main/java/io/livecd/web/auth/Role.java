package io.livecd.web.auth;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a token may do. */
public enum Role {

	/** CI: opens, uploads, completes and aborts builds (build-service). */
	CI,

	/**
	 * Operators: roll back, pin, restore (repo-service) and request host tasks
	 * (foreman-bridge).
	 */
	OPS;

	static Optional<Role> of(String name) {
		return Arrays.stream(values()).filter((role) -> role.name().equalsIgnoreCase(name)).findFirst();
	}

	/** The role as written in {@code LIVECD_TOKENS}: {@code ci} or {@code ops}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

}
