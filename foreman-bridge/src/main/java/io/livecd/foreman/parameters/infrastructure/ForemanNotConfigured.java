package io.livecd.foreman.parameters.infrastructure;

import io.livecd.foreman.parameters.application.ForemanParameters;
import io.livecd.foreman.parameters.model.Outcome;
import io.livecd.foreman.parameters.model.Scope;
import io.livecd.foreman.parameters.model.TftpTarget;

/** No Foreman URL is set: every update fails at once, and is reported as failed. */
final class ForemanNotConfigured implements ForemanParameters {

	private static final Outcome.Failed NOT_CONFIGURED = new Outcome.Failed(
			"Foreman is not configured: set livecd.foreman.url (FOREMAN_URL)", false);

	@Override
	public Outcome set(Scope scope, String name, String value) {
		return NOT_CONFIGURED;
	}

	@Override
	public Outcome remove(Scope scope, String name) {
		return NOT_CONFIGURED;
	}

	@Override
	public Outcome rebuildTftp(TftpTarget target) {
		return NOT_CONFIGURED;
	}

}
