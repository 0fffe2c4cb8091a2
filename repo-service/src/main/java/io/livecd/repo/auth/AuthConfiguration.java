package io.livecd.repo.auth;

import io.livecd.repo.RepoServiceProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Pinning, unpinning, rollback and restore need a token of role {@code ops}; reading
 * needs none.
 */
@Configuration(proxyBeanMethods = false)
class AuthConfiguration implements WebMvcConfigurer {

	private static final Logger log = LoggerFactory.getLogger(AuthConfiguration.class);

	private final BearerTokens tokens;

	AuthConfiguration(RepoServiceProperties properties) {
		this.tokens = BearerTokens.parse(properties.auth().tokens());
		if (this.tokens.isEmpty()) {
			log.warn(
					"No bearer tokens configured (LIVECD_TOKENS): every pin, unpin, rollback and restore will be refused");
		}
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new BearerTokenInterceptor(this.tokens, Role.OPS))
			.addPathPatterns("/api/v1/aliases/*/pin", "/api/v1/aliases/*/rollback", "/api/v1/aliases/*/restore",
					"/api/v1/jobs/*/builds/*/pin");
	}

}
