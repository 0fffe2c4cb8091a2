package io.livecd.mirror.serving;

import io.livecd.mirror.MirrorServiceProperties;
import io.livecd.mirror.alias.model.AliasTable;
import io.livecd.mirror.cache.application.FindingFile;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class ServingConfiguration {

	@Bean
	ServletRegistrationBean<LivecdServlet> livecdServlet(FindingFile finding, AliasTable aliases, JsonMapper json,
			MirrorServiceProperties properties) {
		FillReplies filling = new FillReplies(properties.upstreamTimeout().multipliedBy(2));
		ServletRegistrationBean<LivecdServlet> registration = new ServletRegistrationBean<>(
				new LivecdServlet(finding, aliases, filling, json), "/livecd/*");
		registration.setName("livecd");
		registration.setLoadOnStartup(1);
		return registration;
	}

}
