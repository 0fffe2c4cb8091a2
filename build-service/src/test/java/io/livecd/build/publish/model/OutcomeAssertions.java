package io.livecd.build.publish.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.livecd.build.publish.model.Refusal.Reason;

/** Reads outcomes in tests. */
public final class OutcomeAssertions {

	private OutcomeAssertions() {
	}

	/** The result of a done outcome; fails the test on a refusal. */
	public static <T> T done(Outcome<T> outcome) {
		assertThat(outcome).isInstanceOf(Outcome.Done.class);
		return ((Outcome.Done<T>) outcome).value();
	}

	/** The detail of a refusal, after checking its reason. */
	public static String refused(Outcome<?> outcome, Reason reason) {
		assertThat(outcome).isInstanceOf(Outcome.Refused.class);
		Refusal refusal = ((Outcome.Refused<?>) outcome).refusal();
		assertThat(refusal.reason()).as(refusal.detail()).isEqualTo(reason);
		return refusal.detail();
	}

}
