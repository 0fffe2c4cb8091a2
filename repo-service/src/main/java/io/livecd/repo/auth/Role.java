package io.livecd.repo.auth;

import java.util.Arrays;
import java.util.Optional;

/** What a token may do. */
public enum Role {

	/** CI: publishes builds (build-service). */
	CI,

	/** Operators: pin and unpin here; roll back and request host tasks elsewhere. */
	OPS;

	static Optional<Role> of(String name) {
		return Arrays.stream(values()).filter((role) -> role.name().equalsIgnoreCase(name)).findFirst();
	}

}
