package io.livecd.kafka;

import io.livecd.common.event.Topics;
import java.util.List;

/**
 * The deployment's topic and consumer group names: the contract's names behind the
 * configured prefix. Groups carry it too, so two deployments sharing a broker never join
 * each other's groups.
 */
public final class EventTopics {

	private final String prefix;

	public EventTopics(String prefix) {
		this.prefix = (prefix != null) ? prefix : "";
	}

	public String of(String topic) {
		return this.prefix + topic;
	}

	/** The consumer group a listener of this deployment joins for {@code group}. */
	public String group(String group) {
		return this.prefix + group;
	}

	public String builds() {
		return of(Topics.BUILDS);
	}

	public String repo() {
		return of(Topics.REPO);
	}

	public String aliases() {
		return of(Topics.ALIASES);
	}

	public String mirrors() {
		return of(Topics.MIRRORS);
	}

	public String foreman() {
		return of(Topics.FOREMAN);
	}

	public String ops() {
		return of(Topics.OPS);
	}

	/** Every topic of this deployment, without dead-letter topics. */
	public List<String> all() {
		return Topics.ALL.stream().map(this::of).toList();
	}

}
