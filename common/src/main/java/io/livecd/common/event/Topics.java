package io.livecd.common.event;

import java.util.List;
import java.util.Map;

/**
 * Kafka topic names. Each topic is keyed by the thing whose order matters, so one
 * consumer sees one key's events in order.
 */
public final class Topics {

	/** {@code build.completed}, keyed by job. */
	public static final String BUILDS = "livecd.builds";

	/** Promotion, alias moves, pruning and rejections, keyed by alias or job. */
	public static final String REPO = "livecd.repo";

	/** Compacted: the current target of each alias, keyed by alias. */
	public static final String ALIASES = "livecd.aliases";

	/** Mirror reports, keyed by location. */
	public static final String MIRRORS = "livecd.mirrors";

	/** Foreman parameter updates, keyed by scope. */
	public static final String FOREMAN = "livecd.foreman";

	/** Operator requests: rollbacks and host tasks, keyed by alias or host. */
	public static final String OPS = "livecd.ops";

	/** Every topic the system uses, in the order events flow through them. */
	public static final List<String> ALL = List.of(BUILDS, REPO, ALIASES, MIRRORS, FOREMAN, OPS);

	/** Suffix of the dead-letter topic that receives poison events of a topic. */
	public static final String DEAD_LETTER_SUFFIX = ".DLT";

	private Topics() {
	}

	public static String deadLetter(String topic) {
		return topic + DEAD_LETTER_SUFFIX;
	}

	public static boolean isCompacted(String topic) {
		return ALIASES.equals(topic);
	}

	/**
	 * Kafka topic settings for a topic of the contract. The log is the history that
	 * restarts and replays fold, so nothing in it expires; the aliases topic keeps the
	 * last record of each alias instead.
	 */
	public static Map<String, String> settings(String topic) {
		if (isCompacted(topic)) {
			return Map.of("cleanup.policy", "compact");
		}
		return Map.of("retention.ms", "-1");
	}

}
