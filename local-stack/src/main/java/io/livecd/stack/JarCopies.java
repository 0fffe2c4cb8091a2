package io.livecd.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Copies of the modules' jars in the data folder, which the service processes run from. A
 * build rewrites the jars in {@code target/} in place (for example {@code ./mvnw verify}
 * while the stack runs), and a JVM whose jar changes under it fails on its next class
 * load.
 */
final class JarCopies {

	private final Path dir;

	JarCopies(Path dir) {
		this.dir = dir;
	}

	/**
	 * Copies a module's jar. An older copy is replaced by a rename, so a process still
	 * running from it keeps reading its own bytes.
	 */
	Path copy(String module, Path jar) {
		Path copy = this.dir.resolve(module + ".jar");
		Path partial = this.dir.resolve(module + ".jar.partial");
		try {
			Files.createDirectories(this.dir);
			Files.copy(jar, partial, StandardCopyOption.REPLACE_EXISTING);
			Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			return copy;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot copy " + jar + " to " + copy, ex);
		}
	}

}
