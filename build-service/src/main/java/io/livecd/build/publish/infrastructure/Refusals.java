package io.livecd.build.publish.infrastructure;

import io.livecd.build.publish.model.Outcome;
import io.livecd.build.publish.model.Refusal;

/** Turns a refused outcome into the exception {@link PublishProblems} answers. */
final class Refusals {

	private Refusals() {
	}

	static <T> T orThrow(Outcome<T> outcome) {
		if (outcome instanceof Outcome.Refused<T> refused) {
			throw new RefusedException(refused.refusal());
		}
		return ((Outcome.Done<T>) outcome).value();
	}

	/** A use case refused; carries why to the problem response. */
	static final class RefusedException extends RuntimeException {

		private final transient Refusal refusal;

		RefusedException(Refusal refusal) {
			super(refusal.detail(), null, false, false);
			this.refusal = refusal;
		}

		Refusal refusal() {
			return this.refusal;
		}

	}

}
