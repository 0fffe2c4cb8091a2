package io.livecd.foreman.rollout.infrastructure;

import io.livecd.foreman.ForemanBridgeProperties;
import io.livecd.foreman.parameters.application.ParameterUpdates;
import io.livecd.foreman.rollout.application.TrackingRollout;
import io.livecd.foreman.rollout.model.MirrorLocation;
import io.livecd.foreman.rollout.model.Rollout;
import io.livecd.foreman.rollout.model.RolloutPlan;
import io.livecd.kafka.EventTopics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;

/** The rollout state, rebuilt from the aliases and mirrors topics at every start. */
@Configuration(proxyBeanMethods = false)
class RolloutConfiguration {

	@Bean
	TrackingRollout trackingRollout(ForemanBridgeProperties properties, ParameterUpdates updates) {
		ForemanBridgeProperties.Foreman foreman = properties.foreman();
		Map<String, MirrorLocation> locations = new HashMap<>();
		foreman.locations()
			.forEach((name, location) -> locations.put(name,
					new MirrorLocation(name, location.locationId(), location.mirrorUrl())));
		ForemanBridgeProperties.GlobalFallback fallback = foreman.globalFallback();
		if (fallback.enabled() && fallback.url() == null) {
			throw new IllegalStateException("livecd.foreman.global-fallback.enabled needs global-fallback.url");
		}
		RolloutPlan plan = new RolloutPlan(locations, foreman.aliases(), foreman.urlParameter(),
				fallback.enabled() ? Optional.of(fallback.url()) : Optional.empty());
		return new TrackingRollout(new Rollout(plan), updates);
	}

	@Bean
	RolloutEventReader rolloutEventReader(ConsumerFactory<String, byte[]> consumerFactory, EventTopics livecdTopics,
			TrackingRollout trackingRollout) {
		return new RolloutEventReader(consumerFactory, List.of(livecdTopics.aliases(), livecdTopics.mirrors()),
				trackingRollout);
	}

}
