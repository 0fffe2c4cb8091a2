package io.livecd.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the local stack keeps what it writes, all under one data folder so that a restart
 * keeps its state and deleting the folder resets it.
 *
 * @param home the data folder
 */
record StackLayout(Path home) {

	Path kafka() {
		return this.home.resolve("kafka");
	}

	Path kafkaData() {
		return kafka().resolve("data");
	}

	Path s3() {
		return this.home.resolve("s3");
	}

	Path s3Data() {
		return s3().resolve("data");
	}

	Path mirrorCache(String location) {
		return this.home.resolve("mirrors").resolve(location);
	}

	Path logs() {
		return this.home.resolve("logs");
	}

	Path log(String component) {
		return logs().resolve(component + ".log");
	}

	/** One file per running process: what {@code down} stops. */
	Path run() {
		return this.home.resolve("run");
	}

	/** The copies of the services' jars that the processes run from. */
	Path jars() {
		return this.home.resolve("jars");
	}

	/** The POMs that resolve the Kafka and s3proxy classpaths, and the classpaths. */
	Path tools() {
		return this.home.resolve("tools");
	}

	/** The password of the Foreman simulator's user. */
	Path foremanPassword() {
		return this.home.resolve("foreman").resolve("password");
	}

	Path credentials() {
		return this.home.resolve("credentials.properties");
	}

	Path stackFile() {
		return this.home.resolve("stack.json");
	}

	void create() {
		try {
			for (Path dir : new Path[] { kafkaData(), s3Data(), logs(), run(), tools() }) {
				Files.createDirectories(dir);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the data folder " + this.home, ex);
		}
	}

}
