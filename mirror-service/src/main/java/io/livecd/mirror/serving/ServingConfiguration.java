package io.livecd.mirror.serving;

import io.livecd.mirror.MirrorServiceProperties;
import io.livecd.mirror.alias.model.AliasTable;
import io.livecd.mirror.cache.application.FindingFile;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetSocketAddress;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.web.server.Ssl;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class ServingConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ServingConfiguration.class);

	/** Whether {@code livecd.mirror.file-server.port} is set. */
	private static final String FILE_SERVER = "'${livecd.mirror.file-server.port:}' != ''";

	/**
	 * The file server's port once it listens, as {@code local.server.port} is Tomcat's.
	 */
	static final String FILE_PORT = "local.livecd.file-port";

	@Bean
	ServingFiles servingFiles(FindingFile finding, AliasTable aliases, JsonMapper json, MeterRegistry meters,
			MirrorServiceProperties properties) {
		FillReplies filling = new FillReplies(properties.upstreamTimeout().multipliedBy(2));
		return new ServingFiles(finding, aliases, filling, json, new ServingMeters(meters));
	}

	@Bean
	FilterRegistrationBean<LivecdFilter> livecdFilter(ServingFiles serving) {
		FilterRegistrationBean<LivecdFilter> registration = new FilterRegistrationBean<>(new LivecdFilter(serving));
		registration.setName("livecd");
		registration.addUrlPatterns("/livecd/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	@ConditionalOnExpression(FILE_SERVER)
	FileServerWarmUp fileServerWarmUp(JsonMapper json, MirrorServiceProperties properties) {
		return new FileServerWarmUp(json, properties.upstreamTimeout());
	}

	@Bean
	@ConditionalOnExpression(FILE_SERVER)
	FileServer fileServer(ServingFiles serving, MirrorServiceProperties properties, ServerProperties server,
			ConfigurableEnvironment environment) {
		if (Ssl.isEnabled(server.getSsl())) {
			throw new IllegalStateException(
					"the file server (MIRROR_FILE_PORT) speaks plain HTTP only; unset it when serving HTTPS");
		}
		MirrorServiceProperties.FileServer settings = properties.fileServer();
		InetSocketAddress address = (server.getAddress() != null)
				? new InetSocketAddress(server.getAddress(), settings.port()) : new InetSocketAddress(settings.port());
		return new FileServer(serving, address, settings, (port) -> {
			log.info("File server for /livecd/ listening on port {}", port);
			environment.getPropertySources()
				.addFirst(new MapPropertySource("livecd.file-server",
						Map.of(MirrorServiceProperties.FileServer.LOCAL_PORT, port)));
		});
	}

}
