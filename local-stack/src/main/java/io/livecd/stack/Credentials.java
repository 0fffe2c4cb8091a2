package io.livecd.stack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The development secrets of one data folder: the S3 server's key pair and a bearer token
 * for each role. Made at random on the first {@code up}, kept for every later one.
 *
 * @param s3AccessKey the S3 access key
 * @param s3SecretKey the S3 secret key
 * @param ciToken the bearer token of role {@code ci} (publishes)
 * @param opsToken the bearer token of role {@code ops} (rolls back)
 */
record Credentials(String s3AccessKey, String s3SecretKey, String ciToken, String opsToken) {

	private static final SecureRandom RANDOM = new SecureRandom();

	static Credentials loadOrCreate(Path file) {
		try {
			if (Files.exists(file)) {
				return load(file);
			}
			Credentials created = new Credentials(random(10), random(20), random(24), random(24));
			created.save(file);
			return created;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or write " + file, ex);
		}
	}

	/** The tokens by role, in clear, for the CLI. */
	Map<String, String> tokens() {
		Map<String, String> tokens = new LinkedHashMap<>();
		tokens.put("ci", this.ciToken);
		tokens.put("ops", this.opsToken);
		return tokens;
	}

	/**
	 * {@code LIVECD_TOKENS}: comma-separated {@code name:role:sha256hex}, hashed only.
	 */
	String tokensSetting() {
		StringBuilder setting = new StringBuilder();
		tokens().forEach((role, token) -> setting.append(setting.isEmpty() ? "" : ",")
			.append("dev-")
			.append(role)
			.append(':')
			.append(role)
			.append(':')
			.append(sha256Hex(token)));
		return setting.toString();
	}

	static String sha256Hex(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private static Credentials load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file)) {
			properties.load(reader);
		}
		return new Credentials(required(properties, "s3.access-key", file), required(properties, "s3.secret-key", file),
				required(properties, "token.ci", file), required(properties, "token.ops", file));
	}

	private static String required(Properties properties, String key, Path file) {
		String value = properties.getProperty(key);
		if (StackSettings.blank(value)) {
			throw new IllegalStateException(file + " has no " + key + "; delete the file to make new secrets");
		}
		return value;
	}

	private void save(Path file) throws IOException {
		Properties properties = new Properties();
		properties.setProperty("s3.access-key", this.s3AccessKey);
		properties.setProperty("s3.secret-key", this.s3SecretKey);
		properties.setProperty("token.ci", this.ciToken);
		properties.setProperty("token.ops", this.opsToken);
		Files.createFile(file);
		OwnerOnly.restrict(file);
		try (Writer writer = Files.newBufferedWriter(file)) {
			properties.store(writer, "livecd local stack: development secrets, made on the first up");
		}
	}

	private static String random(int bytes) {
		byte[] value = new byte[bytes];
		RANDOM.nextBytes(value);
		return HexFormat.of().formatHex(value);
	}

}
