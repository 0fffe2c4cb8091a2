package io.livecd.web.auth;

import io.livecd.common.checksum.Sha256;
import java.nio.charset.StandardCharsets;

/** Token settings for tests: {@code LIVECD_TOKENS} entries from clear test tokens. */
public final class TestTokens {

	private TestTokens() {
	}

	/** The sha256 hex of a token, as {@code LIVECD_TOKENS} holds it. */
	public static String hash(String token) {
		return Sha256.of(token.getBytes(StandardCharsets.UTF_8));
	}

	/** One {@code name:role:sha256hex} entry. */
	public static String entry(String name, Role role, String token) {
		return name + ":" + role.id() + ":" + hash(token);
	}

}
