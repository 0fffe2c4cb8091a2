package io.livecd.foremansim.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * HTTP Basic for one user, with the password or a personal access token as the password.
 * Like Foreman, a failure sends no {@code WWW-Authenticate} challenge.
 */
public final class Credentials {

	private final String login;

	private final String password;

	private final List<String> tokens;

	public Credentials(String login, String password, List<String> tokens) {
		this.login = login;
		this.password = password;
		this.tokens = List.copyOf(tokens);
	}

	/** Empty when the header authenticates, else the login to name in the 401. */
	Optional<String> rejected(String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			return Optional.of("");
		}
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return Optional.of("");
		}
		int colon = decoded.indexOf(':');
		String user = (colon >= 0) ? decoded.substring(0, colon) : decoded;
		String secret = (colon >= 0) ? decoded.substring(colon + 1) : "";
		boolean known = same(user, this.login)
				&& (same(secret, this.password) || this.tokens.stream().anyMatch((token) -> same(secret, token)));
		return known ? Optional.empty() : Optional.of(user);
	}

	@Override
	public String toString() {
		return "Credentials[login=" + this.login + ", password=*****, tokens=" + this.tokens.size() + "]";
	}

	private static boolean same(String a, String b) {
		return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
	}

}
