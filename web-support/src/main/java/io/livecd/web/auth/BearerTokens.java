package io.livecd.web.auth;

import io.livecd.common.checksum.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The configured bearer tokens, each as {@code name:role:sha256hex} of the token: the
 * service never holds a token in clear. A presented token is hashed and compared with
 * every configured hash in constant time, so neither timing nor an early exit tells how
 * close a guess was.
 */
public final class BearerTokens {

	private final List<Entry> entries;

	private BearerTokens(List<Entry> entries) {
		this.entries = List.copyOf(entries);
	}

	/**
	 * @throws IllegalArgumentException naming the first malformed entry by position,
	 * never by its content
	 */
	public static BearerTokens parse(List<String> specs) {
		List<Entry> entries = new ArrayList<>();
		int position = 0;
		for (String spec : specs) {
			position++;
			if (spec == null || spec.isBlank()) {
				continue;
			}
			String[] parts = spec.trim().split(":", -1);
			Optional<Role> role = (parts.length == 3) ? Role.of(parts[1]) : Optional.empty();
			if (parts.length != 3 || parts[0].isBlank() || role.isEmpty() || !Sha256.isValid(parts[2])) {
				throw new IllegalArgumentException("livecd.auth.tokens entry " + position
						+ " must be name:role:sha256hex with role ci or ops and 64 lower-case hex digits");
			}
			entries.add(new Entry(parts[0], role.get(), HexFormat.of().parseHex(parts[2])));
		}
		return new BearerTokens(entries);
	}

	/** The caller whose token this is, if any. */
	public Optional<Caller> authenticate(String token) {
		byte[] presented = Sha256.newDigest().digest(token.getBytes(StandardCharsets.UTF_8));
		Caller found = null;
		for (Entry entry : this.entries) {
			if (MessageDigest.isEqual(entry.hash(), presented) && found == null) {
				found = new Caller(entry.name(), entry.role());
			}
		}
		return Optional.ofNullable(found);
	}

	public boolean isEmpty() {
		return this.entries.isEmpty();
	}

	private record Entry(String name, Role role, byte[] hash) {

	}

}
