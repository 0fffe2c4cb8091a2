package io.livecd.common.event;

import io.livecd.common.name.Names;
import java.time.Instant;

/** An operator pinned an alias to a build: new builds no longer move it. */
public record AliasPinned(String id, Instant time, String alias, long build, String actor) implements RepoEvent {

	public AliasPinned {
		Require.text("id", id);
		Require.present("time", time);
		Names.requireAlias(alias);
		Require.buildNumber(build);
		Require.text("actor", actor);
	}

	@Override
	public String subject() {
		return this.alias;
	}

}
