package io.livecd.foreman.parameters.application;

import io.livecd.foreman.parameters.model.Outcome;
import io.livecd.foreman.parameters.model.Scope;
import io.livecd.foreman.parameters.model.TftpTarget;

/**
 * Foreman's parameters, as the bridge needs them. Each call reads before it writes and
 * writes nothing when Foreman already holds the value. Expected failures come back as
 * {@link Outcome.Failed}.
 */
public interface ForemanParameters {

	Outcome set(Scope scope, String name, String value);

	Outcome remove(Scope scope, String name);

	Outcome rebuildTftp(TftpTarget target);

}
