package io.livecd.common.event;

import io.livecd.common.name.Names;
import java.time.Instant;

/** An operator released a pin: the next build moves the alias again. */
public record AliasUnpinned(String id, Instant time, String alias, String actor) implements RepoEvent {

	public AliasUnpinned {
		Require.text("id", id);
		Require.present("time", time);
		Names.requireAlias(alias);
		Require.text("actor", actor);
	}

	@Override
	public String subject() {
		return this.alias;
	}

}
