package io.livecd.common.event;

import io.livecd.common.name.Names;
import java.time.Instant;

/**
 * An operator asked to move an alias back; {@code toBuild} null means the previous
 * retained build.
 */
public record AliasRollbackRequested(String id, Instant time, String alias, Long toBuild,
		String actor) implements OpsEvent {

	public AliasRollbackRequested {
		Require.text("id", id);
		Require.present("time", time);
		Names.requireAlias(alias);
		if (toBuild != null) {
			Require.buildNumber(toBuild);
		}
		Require.text("actor", actor);
	}

	@Override
	public String subject() {
		return this.alias;
	}

}
