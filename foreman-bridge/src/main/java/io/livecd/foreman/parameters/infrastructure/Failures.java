package io.livecd.foreman.parameters.infrastructure;

import io.livecd.foreman.parameters.model.Outcome;

/**
 * Which answers are worth retrying: server errors, 408 and 429 are; an answer that says
 * the request itself is wrong (credentials, permissions, unknown location or host,
 * validation) is not, and goes to the dead letter at once.
 */
final class Failures {

	private Failures() {
	}

	static Outcome.Failed of(String action, ForemanHttp.Answer answer) {
		int status = answer.status();
		String message = Answers.message(answer.json(), answer.text());
		boolean retryable = status >= 500 || status == 408 || status == 429;
		String hint = switch (status) {
			case 401 -> " (check livecd.foreman.user and the password or token)";
			case 403 -> " (the Foreman user lacks a permission)";
			case 404 -> " (does the location, host or host group exist in Foreman?)";
			case 301, 302, 303, 307, 308 -> " (check livecd.foreman.url)";
			default -> "";
		};
		return new Outcome.Failed("Foreman answered " + status + " " + action + ": " + message + hint, retryable);
	}

}
