package io.livecd.web.auth;

/**
 * Whoever presented a valid token.
 *
 * @param name the token's name from the configuration, the actor of what it changes
 * @param role what the token may do
 */
public record Caller(String name, Role role) {

	/**
	 * The request attribute that holds the authenticated caller: a handler takes it as
	 * {@code @RequestAttribute(Caller.ATTRIBUTE) Caller caller}.
	 */
	public static final String ATTRIBUTE = "io.livecd.web.auth.Caller";

}
