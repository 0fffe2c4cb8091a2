package io.livecd.foreman.rollout.infrastructure;

import io.livecd.foreman.rollout.application.TrackingRollout;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Out of service while the bridge replays the aliases and mirrors topics after a start,
 * up once it follows them.
 */
@Component("rollout")
class RolloutHealth implements HealthIndicator {

	private final TrackingRollout rollout;

	RolloutHealth(TrackingRollout rollout) {
		this.rollout = rollout;
	}

	@Override
	public Health health() {
		return this.rollout.isLive() ? Health.up().withDetail("replayed", true).build()
				: Health.outOfService().withDetail("replayed", false).build();
	}

}
