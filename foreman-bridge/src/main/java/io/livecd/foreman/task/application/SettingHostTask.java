package io.livecd.foreman.task.application;

import io.livecd.common.event.HostTaskRequested;
import io.livecd.foreman.parameters.application.ParameterEvents;
import io.livecd.foreman.parameters.application.ParameterUpdates;
import io.livecd.foreman.parameters.model.Intent;
import io.livecd.foreman.parameters.model.Scope;
import java.util.Optional;

/**
 * Carries out a host task request: sets the host's task parameter, or removes it for
 * {@code none}. A task outside the allow-list is refused with a failure event, whoever
 * published it.
 */
public final class SettingHostTask {

	private final TaskPolicy policy;

	private final ParameterUpdates updates;

	private final ParameterEvents events;

	public SettingHostTask(TaskPolicy policy, ParameterUpdates updates, ParameterEvents events) {
		this.policy = policy;
		this.updates = updates;
		this.events = events;
	}

	public void on(HostTaskRequested request) {
		Scope.Host host = new Scope.Host(request.host());
		Optional<String> problem = this.policy.problem(request.host(), request.task());
		if (problem.isPresent()) {
			this.events.failed(host, this.policy.parameter(), request.task(), problem.get());
		}
		else if (TaskPolicy.NONE.equals(request.task())) {
			this.updates.request(new Intent.RemoveParameter(host, this.policy.parameter()));
		}
		else {
			this.updates.request(new Intent.SetParameter(host, this.policy.parameter(), request.task()));
		}
	}

}
