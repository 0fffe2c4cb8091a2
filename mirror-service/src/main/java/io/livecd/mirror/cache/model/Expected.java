package io.livecd.mirror.cache.model;

import io.livecd.common.checksum.Sha256;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a download must turn out to be, as far as it is known beforehand.
 *
 * @param size the length in bytes, or {@link #UNKNOWN_SIZE}
 * @param sha256 the checksum, or {@code null} when not known
 */
public record Expected(long size, String sha256) {

	public static final long UNKNOWN_SIZE = -1;

	public static final Expected NOTHING = new Expected(UNKNOWN_SIZE, null);

	public Expected {
		if (size < UNKNOWN_SIZE) {
			throw new IllegalArgumentException("size must not be negative");
		}
		if (sha256 != null) {
			Sha256.require(sha256);
		}
	}

	public OptionalLong knownSize() {
		return (this.size == UNKNOWN_SIZE) ? OptionalLong.empty() : OptionalLong.of(this.size);
	}

	public Optional<String> knownSha256() {
		return Optional.ofNullable(this.sha256);
	}

	/**
	 * This expectation, completed with what the upstream states where this one is silent.
	 */
	public Expected orElse(long upstreamSize, String upstreamSha256) {
		long size = (this.size != UNKNOWN_SIZE) ? this.size : Math.max(UNKNOWN_SIZE, upstreamSize);
		String sha = (this.sha256 != null) ? this.sha256 : upstreamSha256;
		return new Expected(size, sha);
	}

	/**
	 * Why a download of {@code bytes} bytes hashing to {@code sha256} is not this, if it
	 * is not.
	 */
	public Optional<String> mismatch(long bytes, String actualSha256) {
		if (this.size != UNKNOWN_SIZE && bytes != this.size) {
			return Optional.of("size mismatch: expected " + this.size + " bytes, got " + bytes);
		}
		if (this.sha256 != null && !this.sha256.equals(actualSha256)) {
			return Optional.of("sha256 mismatch: expected " + this.sha256 + ", got " + actualSha256);
		}
		return Optional.empty();
	}

}
