package io.livecd.foreman.parameters.application;

import io.livecd.foreman.parameters.model.Scope;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A fake {@link ParameterEvents} that keeps what it was told, as text. */
final class RecordedEvents implements ParameterEvents {

	final List<String> updated = Collections.synchronizedList(new ArrayList<>());

	final List<String> failed = Collections.synchronizedList(new ArrayList<>());

	@Override
	public void updated(Scope scope, String name, String previous, String current) {
		this.updated.add(scope.key() + " " + name + ": " + previous + " -> " + current);
	}

	@Override
	public void failed(Scope scope, String subject, String value, String reason) {
		this.failed.add(scope.key() + " " + subject + "=" + value + ": " + reason);
	}

}
