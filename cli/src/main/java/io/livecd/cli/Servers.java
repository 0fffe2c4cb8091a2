package io.livecd.cli;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.livecd.stack.StackDescription;
import picocli.CommandLine.Option;

/**
 * Where the servers are and which token to use: from the flags, their environment
 * variables, or, where neither is given, the running local stack's {@code stack.json}.
 */
class Servers {

	@Option(names = "--repo-url", defaultValue = "${env:LIVECD_REPO_URL}",
			description = "repo-service's base URL (env LIVECD_REPO_URL; default: the local stack's)")
	String repoUrl;

	@Option(names = "--bridge-url", defaultValue = "${env:LIVECD_BRIDGE_URL}",
			description = "foreman-bridge's base URL (env LIVECD_BRIDGE_URL; default: the local stack's)")
	String bridgeUrl;

	@Option(names = "--token", defaultValue = "${env:LIVECD_TOKEN}",
			description = "Bearer token of role ops (env LIVECD_TOKEN; default: the local stack's)")
	String token;

	private Optional<StackDescription> stack;

	String repo() {
		return given(this.repoUrl).map(Servers::trimmed)
			.orElseGet(
					() -> fromStack("repo-service URL", "--repo-url", (stack) -> stack.services().get("repo-service")));
	}

	String bridge() {
		return given(this.bridgeUrl).map(Servers::trimmed)
			.orElseGet(() -> fromStack("foreman-bridge URL", "--bridge-url",
					(stack) -> stack.services().get("foreman-bridge")));
	}

	String opsToken() {
		return given(this.token)
			.orElseGet(() -> fromStack("ops token", "--token", (stack) -> stack.tokens().get("ops")));
	}

	/** The running local stack, if any. */
	Optional<StackDescription> stack() {
		if (this.stack == null || this.stack.isEmpty()) {
			this.stack = Stacks.fromEnvironment().description();
		}
		return this.stack;
	}

	Map<String, String> mirrors() {
		return stack().map(StackDescription::mirrors).orElse(Map.of());
	}

	private String fromStack(String what, String flag, Function<StackDescription, String> get) {
		return stack().map(get)
			.map(Servers::trimmed)
			.orElseThrow(() -> new IllegalStateException(
					"no " + what + ": give " + flag + " (or its variable), or start the local stack with ./livecd up"));
	}

	static String trimmed(String url) {
		return url.replaceAll("/+$", "");
	}

	private static Optional<String> given(String value) {
		return Optional.ofNullable(value).filter((v) -> !v.isBlank());
	}

}
