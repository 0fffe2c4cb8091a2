package io.livecd.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One service process of the stack: a Spring Boot jar of a module, and the environment
 * variables of the configuration contract that it gets.
 *
 * @param name the process's name, e.g. {@code mirror-ams}
 * @param module the Maven module whose jar runs
 * @param port its HTTP port
 * @param environment the variables it gets on top of the inherited ones
 * @param classifier the classifier of the module's executable jar, or empty
 */
record ServiceSpec(String name, String module, int port, Map<String, String> environment, String classifier) {

	ServiceSpec {
		environment = Map.copyOf(environment);
	}

	ServiceSpec(String name, String module, int port, Map<String, String> environment) {
		this(name, module, port, environment, "");
	}

	String url() {
		return "http://127.0.0.1:" + this.port;
	}

	/**
	 * The module's executable jar, {@code <module>/target/<module>-<version>.jar}, or
	 * {@code <module>-<version>-<classifier>.jar}.
	 */
	Path jar(Path repoDir) {
		Path target = repoDir.resolve(this.module).resolve("target");
		Pattern name = Pattern.compile(Pattern.quote(this.module) + "-\\d[\\w.]*(-SNAPSHOT)?"
				+ (this.classifier.isEmpty() ? "" : "-" + Pattern.quote(this.classifier)) + "\\.jar");
		try (Stream<Path> files = Files.isDirectory(target) ? Files.list(target) : Stream.empty()) {
			return files.filter((file) -> name.matcher(file.getFileName().toString()).matches())
				.max((a, b) -> Long.compare(a.toFile().lastModified(), b.toFile().lastModified()))
				.orElseThrow(() -> new IllegalStateException("No jar of " + this.module + " in " + target
						+ "; start the stack with ./livecd up, which builds it, or build it with"
						+ " ./mvnw -B -q -DskipTests package -pl " + this.module + " -am"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + target, ex);
		}
	}

}
