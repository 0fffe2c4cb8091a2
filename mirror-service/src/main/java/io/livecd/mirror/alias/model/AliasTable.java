package io.livecd.mirror.alias.model;

import io.livecd.common.event.AliasTarget;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The aliases this mirror serves. An alias follows the repository's latest move, but the
 * mirror serves a new target only once that target is warm here.
 */
public final class AliasTable {

	private final Map<String, AliasState> aliases = new ConcurrentHashMap<>();

	/**
	 * Takes a move the repository made at {@code time}; older moves than the one known
	 * are ignored, so the order the topics deliver them in does not matter.
	 * @return whether the alias now has a new target
	 */
	public synchronized boolean offer(String alias, AliasTarget target, Instant time) {
		AliasState current = this.aliases.get(alias);
		if (current != null && (time.isBefore(current.since()) || current.target().equals(target))) {
			return false;
		}
		AliasTarget serving = (current != null) ? current.serving() : null;
		this.aliases.put(alias, new AliasState(alias, target, time, serving));
		return true;
	}

	/**
	 * A file is warm here: every alias targeting exactly it is served from now on.
	 * @return the aliases that moved
	 */
	public synchronized List<String> warmed(String job, String file, String sha256) {
		List<String> moved = new ArrayList<>();
		for (AliasState state : this.aliases.values()) {
			AliasTarget target = state.target();
			if (!state.warm() && target.job().equals(job) && target.file().equals(file)
					&& target.sha256().equals(sha256)) {
				this.aliases.put(state.alias(), new AliasState(state.alias(), target, state.since(), target));
				moved.add(state.alias());
			}
		}
		return moved;
	}

	public Optional<AliasState> get(String alias) {
		return Optional.ofNullable(this.aliases.get(alias));
	}

	/** Whether any alias targets or serves this file. */
	public boolean names(String job, String file) {
		for (AliasState state : this.aliases.values()) {
			if (is(state.target(), job, file) || (state.serving() != null && is(state.serving(), job, file))) {
				return true;
			}
		}
		return false;
	}

	public List<AliasState> all() {
		return this.aliases.values().stream().sorted(Comparator.comparing(AliasState::alias)).toList();
	}

	private static boolean is(AliasTarget target, String job, String file) {
		return target.job().equals(job) && target.file().equals(file);
	}

}
