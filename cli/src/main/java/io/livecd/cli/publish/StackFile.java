package io.livecd.cli.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a running local stack's {@code stack.json} says about build-service: its URL and
 * the development token of role {@code ci}.
 *
 * @param file the file read
 * @param buildServiceUrl build-service's URL, if listed
 * @param ciToken the {@code ci} token, if listed
 */
record StackFile(Path file, Optional<String> buildServiceUrl, Optional<String> ciToken) {

	/** {@code LIVECD_HOME}: the local stack's data folder. */
	static final String HOME = "LIVECD_HOME";

	/** The data folder under the checkout when {@value #HOME} is not set. */
	static final String DEFAULT_HOME = ".livecd-local";

	/** Set by the {@code ./livecd} script to the checkout it lives in. */
	static final String REPO_PROPERTY = "livecd.repo";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Where the local stack writes {@code stack.json}, as {@code ./livecd up} decides.
	 */
	static Path location(Map<String, String> env, Path workingDir, String repoDir) {
		String home = env.get(HOME);
		if (home != null && !home.isBlank()) {
			return workingDir.resolve(home).resolve("stack.json");
		}
		Path repo = (repoDir != null) ? Path.of(repoDir) : workingDir;
		return repo.resolve(DEFAULT_HOME).resolve("stack.json");
	}

	/**
	 * The stack file, if the local stack runs; a file that cannot be read is an error.
	 */
	static Optional<StackFile> read(Path file) {
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			JsonNode stack = JSON.readTree(Files.readString(file));
			return Optional.of(new StackFile(file, text(stack.path("services").path("build-service")),
					text(stack.path("tokens").path("ci"))));
		}
		catch (IOException | JacksonException ex) {
			throw new PublishException("cannot read " + file + ": " + ex.getMessage());
		}
	}

	private static Optional<String> text(JsonNode node) {
		return (node.isString() && !node.asString().isBlank()) ? Optional.of(node.asString()) : Optional.empty();
	}

}
