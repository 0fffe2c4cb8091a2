package io.livecd.build.auth;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a token may do. */
public enum Role {

	/** CI: opens, uploads, completes and aborts builds. */
	CI,

	/** Operators: roll back and request host tasks (other services). */
	OPS;

	static Optional<Role> of(String name) {
		return Arrays.stream(values()).filter((role) -> role.name().equalsIgnoreCase(name)).findFirst();
	}

	String id() {
		return name().toLowerCase(Locale.ROOT);
	}

}
