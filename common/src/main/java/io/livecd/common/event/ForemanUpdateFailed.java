package io.livecd.common.event;

import java.time.Instant;

/** The bridge gave up setting one Foreman parameter. */
public record ForemanUpdateFailed(String id, Instant time, String scope, String name, String value,
		String reason) implements ForemanEvent {

	public ForemanUpdateFailed {
		Require.text("id", id);
		Require.present("time", time);
		Require.text("scope", scope);
		Require.text("name", name);
		Require.text("reason", reason);
	}

	@Override
	public String subject() {
		return this.scope;
	}

}
