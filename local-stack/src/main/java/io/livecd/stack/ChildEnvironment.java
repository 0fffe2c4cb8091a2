package io.livecd.stack;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The environment of every process the stack starts: this program's own, less the
 * variables of the configuration contract, so a stray {@code PORT} or
 * {@code LIVECD_TOPIC_PREFIX} in the operator's shell cannot bend the stack. The stack
 * then sets the ones each process needs.
 */
final class ChildEnvironment {

	private static final Set<String> CONTRACT = Set.of("KAFKA_BOOTSTRAP", "PORT", "SERVER_ADDRESS",
			"LIVECD_TOPIC_PREFIX", "LIVECD_TOKENS");

	private static final List<String> CONTRACT_PREFIXES = List.of("S3_", "MIRROR_", "FOREMAN_");

	private ChildEnvironment() {
	}

	static Map<String, String> of(Map<String, String> parent) {
		Map<String, String> env = new HashMap<>(parent);
		env.keySet()
			.removeIf((name) -> CONTRACT.contains(name) || CONTRACT_PREFIXES.stream().anyMatch(name::startsWith));
		return env;
	}

}
