package io.livecd.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes {@code stack.json}, which exists while the stack runs. It holds
 * development secrets, so only its owner may read it.
 */
public final class StackFile {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private StackFile() {
	}

	static void write(Path file, StackDescription description) {
		try {
			Path temp = file.resolveSibling(file.getFileName() + ".tmp");
			Files.deleteIfExists(temp);
			Files.createFile(temp);
			OwnerOnly.restrict(temp);
			Files.writeString(temp, JSON.writeValueAsString(description) + "\n");
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
	}

	/** The description of the stack whose data folder holds {@code file}, if it runs. */
	public static Optional<StackDescription> read(Path file) {
		if (!Files.exists(file)) {
			return Optional.empty();
		}
		try {
			return Optional.of(JSON.readValue(Files.readString(file), StackDescription.class));
		}
		catch (IOException | JacksonException ex) {
			throw new IllegalStateException("Cannot read " + file + ": " + ex.getMessage(), ex);
		}
	}

	static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete " + file, ex);
		}
	}

}
