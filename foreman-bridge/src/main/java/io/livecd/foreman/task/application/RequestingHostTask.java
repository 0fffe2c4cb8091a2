package io.livecd.foreman.task.application;

import java.util.Optional;

/**
 * Checks an operator's host task request and publishes it for the bridge to carry out.
 */
public final class RequestingHostTask {

	private final TaskPolicy policy;

	private final TaskRequests requests;

	public RequestingHostTask(TaskPolicy policy, TaskRequests requests) {
		this.policy = policy;
		this.requests = requests;
	}

	public Result request(RequestHostTask command) {
		Optional<String> problem = this.policy.problem(command.host(), command.task());
		if (problem.isPresent()) {
			return new Result.Rejected(problem.get());
		}
		return new Result.Accepted(this.requests.publish(command.host(), command.task(), command.actor()));
	}

	/** Accepted with the event's id, or rejected with the reason. */
	public sealed interface Result {

		record Accepted(String eventId) implements Result {
		}

		record Rejected(String reason) implements Result {
		}

	}

}
