package io.livecd.foreman.parameters.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

	@Test
	void shouldDoubleTheDelayUpToTheCapWithHalfOfItRandom() {
		RetryPolicy lowest = new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofSeconds(10), () -> 0.0);
		RetryPolicy highest = new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofSeconds(10), () -> 0.999);

		assertThat(lowest.delayAfter(1)).isEqualTo(Duration.ofMillis(500));
		assertThat(lowest.delayAfter(3)).isEqualTo(Duration.ofSeconds(2));
		assertThat(lowest.delayAfter(9)).isEqualTo(Duration.ofSeconds(5));
		assertThat(highest.delayAfter(3)).isBetween(Duration.ofMillis(3990), Duration.ofSeconds(4));
		assertThat(highest.delayAfter(9)).isBetween(Duration.ofMillis(9990), Duration.ofSeconds(10));
	}

	@Test
	void shouldAllowAttemptsUpToTheLimit() {
		RetryPolicy policy = new RetryPolicy(3, Duration.ZERO, Duration.ZERO, () -> 0.0);

		assertThat(policy.allowsAnotherAfter(2)).isTrue();
		assertThat(policy.allowsAnotherAfter(3)).isFalse();
	}

	@Test
	void shouldRefuseAnInconsistentPolicy() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, () -> 0));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RetryPolicy(1, Duration.ofSeconds(2), Duration.ofSeconds(1), () -> 0));
	}

}
