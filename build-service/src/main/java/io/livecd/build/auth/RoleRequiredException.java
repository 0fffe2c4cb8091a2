package io.livecd.build.auth;

/** A valid token of a role that may not do this. */
class RoleRequiredException extends RuntimeException {

	RoleRequiredException(Caller caller, Role required) {
		super("token " + caller.name() + " has role " + caller.role().id() + "; this needs role " + required.id());
	}

}
