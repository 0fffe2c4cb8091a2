package io.livecd.common.checksum;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** SHA-256 in the lower-case hex form used in manifests, events and ETags. */
public final class Sha256 {

	private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

	private static final int BUFFER = 64 * 1024;

	private Sha256() {
	}

	public static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	/** Hashes a stream to its end in constant memory; the caller closes it. */
	public static String of(InputStream in) throws IOException {
		MessageDigest digest = newDigest();
		byte[] buffer = new byte[BUFFER];
		for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
			digest.update(buffer, 0, n);
		}
		return hex(digest);
	}

	public static String of(byte[] bytes) {
		return HexFormat.of().formatHex(newDigest().digest(bytes));
	}

	public static String hex(MessageDigest digest) {
		return HexFormat.of().formatHex(digest.digest());
	}

	public static boolean isValid(String hex) {
		return hex != null && HEX.matcher(hex).matches();
	}

	public static String require(String hex) {
		if (!isValid(hex)) {
			throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
		}
		return hex;
	}

}
