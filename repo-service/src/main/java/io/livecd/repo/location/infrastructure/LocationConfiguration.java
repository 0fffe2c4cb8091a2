package io.livecd.repo.location.infrastructure;

import io.livecd.repo.location.application.TrackingLocations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the mirror reports to the locations' state. */
@Configuration(proxyBeanMethods = false)
class LocationConfiguration {

	@Bean
	TrackingLocations trackingLocations() {
		return new TrackingLocations();
	}

	@Bean
	MirrorsListener mirrorsListener(TrackingLocations tracking) {
		return new MirrorsListener(tracking);
	}

}
