package io.livecd.foreman.parameters.infrastructure;

import io.livecd.foreman.ForemanBridgeProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * The login and password (or personal access token) for Foreman, from the settings or a
 * file. Only the pre-emptive {@code Authorization} header ever leaves this class; its
 * {@code toString} shows the user alone.
 */
final class ForemanCredentials {

	private final String user;

	private final String authorization;

	private ForemanCredentials(String user, String secret) {
		this.user = user;
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
	}

	static ForemanCredentials from(ForemanBridgeProperties.Foreman settings) {
		boolean hasPassword = settings.password() != null && !settings.password().isEmpty();
		boolean hasFile = isSet(settings.passwordFile());
		if (hasPassword == hasFile) {
			throw new IllegalStateException("Set either livecd.foreman.password (FOREMAN_PASSWORD) or "
					+ "livecd.foreman.password-file (FOREMAN_PASSWORD_FILE), not "
					+ (hasPassword ? "both" : "neither"));
		}
		String secret = hasPassword ? settings.password() : read(settings.passwordFile());
		if (settings.user() == null || settings.user().isBlank() || settings.user().contains(":")) {
			throw new IllegalStateException("livecd.foreman.user (FOREMAN_USER) must be set and must not contain ':'");
		}
		return new ForemanCredentials(settings.user(), secret);
	}

	static boolean isSet(Path path) {
		return path != null && !path.toString().isEmpty();
	}

	String authorization() {
		return this.authorization;
	}

	@Override
	public String toString() {
		return "ForemanCredentials[user=" + this.user + ", secret=*****]";
	}

	private static String read(Path file) {
		try {
			String secret = Files.readString(file, StandardCharsets.UTF_8).strip();
			if (secret.isEmpty()) {
				throw new IllegalStateException("The Foreman password file " + file + " is empty");
			}
			return secret;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the Foreman password file " + file, ex);
		}
	}

}
