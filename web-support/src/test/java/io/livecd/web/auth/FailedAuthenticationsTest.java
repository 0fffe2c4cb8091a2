package io.livecd.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FailedAuthenticationsTest {

	private final MutableClock clock = new MutableClock();

	private final FailedAuthentications failures = new FailedAuthentications(3, Duration.ofSeconds(60), this.clock);

	@Test
	void shouldBlockAnAddressOnlyOnceItReachedTheLimit() {
		this.failures.record("10.0.0.1");
		this.failures.record("10.0.0.1");
		assertThat(this.failures.blocked("10.0.0.1")).isEmpty();

		this.failures.record("10.0.0.1");

		assertThat(this.failures.blocked("10.0.0.1")).hasValue(Duration.ofSeconds(60));
		assertThat(this.failures.blocked("10.0.0.2")).isEmpty();
	}

	@Test
	void shouldUnblockWhenTheWindowEnds() {
		for (int i = 0; i < 3; i++) {
			this.failures.record("10.0.0.1");
		}
		this.clock.advance(Duration.ofSeconds(45));
		assertThat(this.failures.blocked("10.0.0.1")).hasValue(Duration.ofSeconds(15));

		this.clock.advance(Duration.ofSeconds(15));

		assertThat(this.failures.blocked("10.0.0.1")).isEmpty();
	}

	@Test
	void shouldStartANewWindowAfterTheOldOneEnded() {
		this.failures.record("10.0.0.1");
		this.failures.record("10.0.0.1");
		this.clock.advance(Duration.ofSeconds(61));

		this.failures.record("10.0.0.1");
		this.failures.record("10.0.0.1");

		assertThat(this.failures.blocked("10.0.0.1")).isEmpty();
	}

	static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-11-26T12:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
