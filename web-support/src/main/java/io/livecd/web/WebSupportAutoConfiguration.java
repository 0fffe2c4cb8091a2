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
import org.springframework.context.annotation.Bean;

/**
 * The HTTP edge every service shares, so none copies it: bearer tokens with roles
 * ({@code livecd.auth.*}) and RFC 9457 answers for refused ones. HTTPS from PEM files
 * comes from {@code ServerTlsEnvironmentPostProcessor}.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(AuthProperties.class)
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

}
