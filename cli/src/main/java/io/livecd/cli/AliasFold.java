package io.livecd.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import io.livecd.common.event.AliasTarget;
import io.livecd.common.event.AliasUpdated;

/** The alias state at an instant, folded from the log's alias moves. Pure functions. */
final class AliasFold {

	private AliasFold() {
	}

	/**
	 * What an alias differs in between then and now.
	 *
	 * @param alias the alias
	 * @param now the build it names now, or {@code null}
	 * @param then the target it named then
	 */
	record Change(String alias, Long now, AliasTarget then) {
	}

	/**
	 * Each alias's target at {@code until}: its last move at or before it, by event time
	 * (on a tie, the later in the log).
	 */
	static Map<String, AliasTarget> asOf(List<AliasUpdated> moves, Instant until) {
		Map<String, AliasUpdated> last = new TreeMap<>();
		for (AliasUpdated move : moves) {
			if (move.time().isAfter(until)) {
				continue;
			}
			AliasUpdated seen = last.get(move.alias());
			if (seen == null || !move.time().isBefore(seen.time())) {
				last.put(move.alias(), move);
			}
		}
		Map<String, AliasTarget> state = new TreeMap<>();
		last.forEach((alias, move) -> state.put(alias, move.target()));
		return state;
	}

	/**
	 * The aliases whose build then differs from now. An alias that did not exist then is
	 * left alone (there is nothing to restore it to).
	 */
	static List<Change> changes(Map<String, AliasTarget> then, Map<String, Long> now) {
		List<Change> changes = new ArrayList<>();
		then.forEach((alias, target) -> {
			Long current = now.get(alias);
			if (!Objects.equals(current, target.build())) {
				changes.add(new Change(alias, current, target));
			}
		});
		return changes;
	}

}
