package io.livecd.build.auth;

/**
 * Whoever presented a valid token.
 *
 * @param name the token's name from the configuration
 * @param role what the token may do
 */
public record Caller(String name, Role role) {

}
