package io.livecd.common.event;

import io.livecd.common.name.Names;
import java.time.Instant;

/** An operator asked one host to run a task at its next boot ({@code none} clears it). */
public record HostTaskRequested(String id, Instant time, String host, String task, String actor) implements OpsEvent {

	public HostTaskRequested {
		Require.text("id", id);
		Require.present("time", time);
		Names.require("host", host);
		Names.require("task", task);
		Require.text("actor", actor);
	}

	@Override
	public String subject() {
		return this.host;
	}

}
