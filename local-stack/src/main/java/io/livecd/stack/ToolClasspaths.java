package io.livecd.stack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The classpaths of the Kafka broker and the s3proxy server, resolved by Maven from small
 * standalone POMs (no Spring Boot BOM, which would bump s3proxy's Jetty) and kept in the
 * data folder. Resolved again when the POMs change or a jar they name is gone.
 */
final class ToolClasspaths {

	static final String KAFKA = "kafka";

	static final String S3PROXY = "s3proxy";

	private static final List<String> TOOLS = List.of(KAFKA, S3PROXY);

	private static final Duration MAVEN_TIMEOUT = Duration.ofMinutes(10);

	private final Path repoDir;

	private final Path dir;

	ToolClasspaths(Path repoDir, Path dir) {
		this.repoDir = repoDir;
		this.dir = dir;
	}

	boolean upToDate() {
		if (!pom("tools").equals(read(this.dir.resolve("pom.xml")))) {
			return false;
		}
		for (String tool : TOOLS) {
			Path file = classpathFile(tool);
			if (!pom(tool).equals(read(this.dir.resolve(tool).resolve("pom.xml"))) || !Files.exists(file)) {
				return false;
			}
			String classpath = read(file).trim();
			if (classpath.isEmpty()
					|| !Stream.of(classpath.split(File.pathSeparator)).allMatch((jar) -> Files.exists(Path.of(jar)))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Writes the POMs and has {@code ./mvnw} resolve them (downloading on a first run).
	 */
	void resolve(Map<String, String> environment, Path log) {
		try {
			Files.createDirectories(this.dir);
			Files.writeString(this.dir.resolve("pom.xml"), pom("tools"));
			for (String tool : TOOLS) {
				Files.createDirectories(this.dir.resolve(tool));
				Files.writeString(this.dir.resolve(tool).resolve("pom.xml"), pom(tool));
				Files.deleteIfExists(classpathFile(tool));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the tool POMs under " + this.dir, ex);
		}
		Path mvnw = this.repoDir.resolve("mvnw");
		if (!Files.isExecutable(mvnw)) {
			throw new IllegalStateException("No Maven wrapper at " + mvnw + "; run the stack from a livecd checkout");
		}
		Commands.run(
				"Resolving Kafka and s3proxy with Maven", List.of(mvnw.toString(), "-B", "-q", "-f",
						this.dir.resolve("pom.xml").toString(), "dependency:build-classpath"),
				environment, log, MAVEN_TIMEOUT);
		if (!upToDate()) {
			throw new IllegalStateException("Maven did not write the Kafka and s3proxy classpaths; see " + log);
		}
	}

	String classpath(String tool) {
		return read(classpathFile(tool)).trim();
	}

	private Path classpathFile(String tool) {
		return this.dir.resolve(tool + ".classpath");
	}

	private static String pom(String name) {
		return Resources.text("tools/" + name + "-pom.xml");
	}

	private static String read(Path file) {
		try {
			return Files.exists(file) ? Files.readString(file) : "";
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

}
