package io.livecd.build.publish.model;

import io.livecd.build.publish.model.Refusal.Reason;
import io.livecd.common.name.Names;
import java.util.Optional;

/**
 * A CI build: the job that built it and its build number.
 *
 * @param job the CI job, a valid name
 * @param number the job's build number, positive
 */
public record BuildId(String job, long number) {

	public BuildId {
		Names.requireJob(job);
		if (number < 1) {
			throw new IllegalArgumentException("build number must be positive");
		}
	}

	/** Reads a job and a build number as they come in a request path. */
	public static Outcome<BuildId> parse(String job, String number) {
		Optional<String> problem = Names.problem("job", job);
		if (problem.isPresent()) {
			return Outcome.refused(Reason.INVALID_NAME, problem.get());
		}
		long value = 0;
		if (number != null && number.matches("[0-9]{1,18}")) {
			value = Long.parseLong(number);
		}
		if (value < 1) {
			return Outcome.refused(Reason.INVALID_REQUEST,
					"build number must be a positive integer of at most 18 digits");
		}
		return Outcome.done(new BuildId(job, value));
	}

	@Override
	public String toString() {
		return this.job + " #" + this.number;
	}

}
