package io.livecd.mirror.serving;

import io.livecd.mirror.MirrorServiceProperties;
import io.livecd.mirror.alias.model.AliasTable;
import io.livecd.mirror.cache.application.FindingFile;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class ServingConfiguration {

	@Bean
	FilterRegistrationBean<LivecdFilter> livecdFilter(FindingFile finding, AliasTable aliases, JsonMapper json,
			MeterRegistry meters, MirrorServiceProperties properties) {
		FillReplies filling = new FillReplies(properties.upstreamTimeout().multipliedBy(2));
		FilterRegistrationBean<LivecdFilter> registration = new FilterRegistrationBean<>(
				new LivecdFilter(finding, aliases, filling, json, new ServingMeters(meters)));
		registration.setName("livecd");
		registration.addUrlPatterns("/livecd/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
