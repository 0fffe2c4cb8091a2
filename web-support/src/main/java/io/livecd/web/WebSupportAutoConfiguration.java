package io.livecd.web;

import io.livecd.web.auth.AuthProperties;
import io.livecd.web.auth.AuthenticationProblems;
import io.livecd.web.auth.BearerAuthentication;
import io.livecd.web.auth.BearerTokens;
import io.livecd.web.auth.FailedAuthentications;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * The HTTP edge every service shares, so none copies it: bearer tokens with roles
 * ({@code livecd.auth.*}), RFC 9457 answers for refused ones, and a size limit for JSON
 * bodies ({@code livecd.web.max-json-body}). HTTPS from PEM files comes from
 * {@code ServerTlsEnvironmentPostProcessor}.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties({ AuthProperties.class, WebProperties.class })
class WebSupportAutoConfiguration {

	@Bean
	BearerAuthentication bearerAuthentication(AuthProperties properties) {
		return new BearerAuthentication(BearerTokens.parse(properties.tokens()), new FailedAuthentications(
				properties.failures().max(), properties.failures().window(), Clock.systemUTC()));
	}

	@Bean
	AuthenticationProblems authenticationProblems() {
		return new AuthenticationProblems();
	}

	@Bean
	FilterRegistrationBean<JsonBodyLimitFilter> jsonBodyLimit(WebProperties properties) {
		FilterRegistrationBean<JsonBodyLimitFilter> registration = new FilterRegistrationBean<>(
				new JsonBodyLimitFilter(properties.maxJsonBody().toBytes()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

}
