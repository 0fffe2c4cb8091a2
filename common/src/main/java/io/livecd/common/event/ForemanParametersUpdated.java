package io.livecd.common.event;

import java.time.Instant;

/**
 * The bridge set one Foreman parameter; {@code scope} is e.g. {@code location:ams},
 * {@code host:fqdn}, {@code global}.
 */
public record ForemanParametersUpdated(String id, Instant time, String scope, String location, String name,
		String oldValue, String newValue) implements ForemanEvent {

	public ForemanParametersUpdated {
		Require.text("id", id);
		Require.present("time", time);
		Require.text("scope", scope);
		Require.text("name", name);
		Require.present("newValue", newValue);
	}

	@Override
	public String subject() {
		return this.scope;
	}

}
