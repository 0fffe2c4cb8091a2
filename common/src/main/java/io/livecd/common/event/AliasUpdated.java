package io.livecd.common.event;

import io.livecd.common.name.Names;
import java.time.Instant;

/**
 * An alias moved; also the record of its current target on the compacted aliases topic.
 */
public record AliasUpdated(String id, Instant time, String alias, AliasTarget previous, AliasTarget target,
		AliasUpdateReason reason, String actor) implements RepoEvent {

	public AliasUpdated {
		Require.text("id", id);
		Require.present("time", time);
		Names.requireAlias(alias);
		Require.present("target", target);
		Require.present("reason", reason);
		Require.text("actor", actor);
	}

	@Override
	public String subject() {
		return this.alias;
	}

}
