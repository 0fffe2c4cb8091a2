package io.livecd.foreman.task.infrastructure;

import io.livecd.common.checksum.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The API's bearer tokens, stored as {@code name:role:sha256hex} (LIVECD_TOKENS): a
 * presented token is hashed and compared in constant time; the token itself is never kept
 * or logged.
 */
final class BearerTokens {

	private final List<Entry> entries;

	/**
	 * @param name who holds the token (the actor of what it requests)
	 * @param role {@code ops} or {@code ci}
	 */
	record Caller(String name, String role) {
	}

	private record Entry(Caller caller, byte[] hash) {
	}

	BearerTokens(List<String> specs) {
		List<Entry> parsed = new ArrayList<>();
		for (String spec : specs) {
			if (spec.isBlank()) {
				continue;
			}
			String[] parts = spec.trim().split(":");
			if (parts.length != 3 || !parts[2].matches("[0-9a-fA-F]{64}")) {
				throw new IllegalStateException("livecd.auth.tokens entries are name:role:sha256hex; got one with "
						+ parts.length + " part(s) or a malformed hash");
			}
			parsed.add(new Entry(new Caller(parts[0], parts[1].toLowerCase(Locale.ROOT)),
					HexFormat.of().parseHex(parts[2])));
		}
		this.entries = List.copyOf(parsed);
	}

	/** The caller of an {@code Authorization: Bearer …} header, if its token is known. */
	Optional<Caller> authenticate(String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return Optional.empty();
		}
		byte[] presented = HexFormat.of()
			.parseHex(Sha256.of(authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8)));
		return this.entries.stream()
			.filter((entry) -> MessageDigest.isEqual(entry.hash(), presented))
			.map(Entry::caller)
			.findFirst();
	}

}
