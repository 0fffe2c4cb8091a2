package io.livecd.build.auth;

/** The request carried no token, or one that is not configured. */
class AuthenticationRequiredException extends RuntimeException {

	private final boolean tokenPresented;

	AuthenticationRequiredException(String message, boolean tokenPresented) {
		super(message);
		this.tokenPresented = tokenPresented;
	}

	boolean tokenPresented() {
		return this.tokenPresented;
	}

}
