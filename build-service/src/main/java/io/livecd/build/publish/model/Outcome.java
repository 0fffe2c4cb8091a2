package io.livecd.build.publish.model;

import java.util.function.Function;

/**
 * What a use case did: its result, or why it refused. Refusals are expected (bad names,
 * checksum mismatches, conflicts), so they are values, not exceptions.
 *
 * @param <T> the result's type
 */
public sealed interface Outcome<T> {

	static <T> Outcome<T> done(T value) {
		return new Done<>(value);
	}

	static <T> Outcome<T> refused(Refusal.Reason reason, String detail) {
		return new Refused<>(new Refusal(reason, detail));
	}

	/** Continues with the result, or passes the refusal on. */
	default <U> Outcome<U> then(Function<? super T, Outcome<U>> next) {
		if (this instanceof Done<T> done) {
			return next.apply(done.value());
		}
		return ((Refused<T>) this).as();
	}

	/**
	 * The use case did what it was asked.
	 *
	 * @param <T> the result's type
	 * @param value the result
	 */
	record Done<T>(T value) implements Outcome<T> {

	}

	/**
	 * The use case refused and changed nothing.
	 *
	 * @param <T> the result's type it would have had
	 * @param refusal why
	 */
	record Refused<T>(Refusal refusal) implements Outcome<T> {

		/** The same refusal as the outcome of something else. */
		public <U> Outcome<U> as() {
			return new Refused<>(this.refusal);
		}

	}

}
