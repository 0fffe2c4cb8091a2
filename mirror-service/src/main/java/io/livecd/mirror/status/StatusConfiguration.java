package io.livecd.mirror.status;

import io.livecd.mirror.MirrorServiceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StatusConfiguration {

	@Bean
	Readiness readiness(MirrorServiceProperties properties) {
		return new Readiness(properties.events().enabled());
	}

}
