package io.livecd.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * An S3-compatible server: s3proxy over the {@code filesystem-nio2} store under the data
 * folder, signed requests only (AWS v2 or v4), logging warnings only.
 */
final class S3Server {

	static final String NAME = "s3";

	static final String BUCKET = "livecd";

	static final String REGION = "us-east-1";

	private final StackLayout layout;

	private final StackPorts ports;

	private final Credentials credentials;

	S3Server(StackLayout layout, StackPorts ports, Credentials credentials) {
		this.layout = layout;
		this.ports = ports;
		this.credentials = credentials;
	}

	String endpoint() {
		return "http://127.0.0.1:" + this.ports.s3();
	}

	String properties() {
		return String.join("\n", "# Written by ./livecd up on every start; edits are overwritten.",
				"s3proxy.endpoint=" + endpoint(), "s3proxy.authorization=aws-v2-or-v4",
				"s3proxy.identity=" + this.credentials.s3AccessKey(),
				"s3proxy.credential=" + this.credentials.s3SecretKey(), "jclouds.provider=filesystem-nio2",
				"jclouds.filesystem.basedir=" + this.layout.s3Data(),
				"jclouds.identity=" + this.credentials.s3AccessKey(),
				"jclouds.credential=" + this.credentials.s3SecretKey(), "");
	}

	Launcher.Started start(String classpath, Launcher launcher, Map<String, String> environment) {
		Path properties = this.layout.s3().resolve("s3proxy.properties");
		Path logConfig = this.layout.s3().resolve("logback.xml");
		try {
			Files.deleteIfExists(properties);
			Files.createFile(properties);
			OwnerOnly.restrict(properties);
			Files.writeString(properties, properties());
			Files.writeString(logConfig, Resources.text("s3proxy-logback.xml"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the s3proxy configuration under " + this.layout.s3(), ex);
		}
		List<String> command = List.of(Launcher.JAVA.toString(), "-Xmx512m", "-Dlogback.configurationFile=" + logConfig,
				"-cp", classpath, "org.gaul.s3proxy.Main", "--properties", properties.toString());
		return launcher.start(NAME, command, environment, this.layout.log(NAME));
	}

}
