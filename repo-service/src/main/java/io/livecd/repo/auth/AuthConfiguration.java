package io.livecd.repo.auth;

import io.livecd.web.auth.BearerAuthentication;
import io.livecd.web.auth.Role;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Pinning, unpinning, rollback and restore need a token of role {@code ops} (web-support
 * checks it); reading needs none.
 */
@Configuration(proxyBeanMethods = false)
class AuthConfiguration implements WebMvcConfigurer {

	private final BearerAuthentication auth;

	AuthConfiguration(BearerAuthentication auth) {
		this.auth = auth;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.auth.requiring(Role.OPS))
			.addPathPatterns("/api/v1/aliases/*/pin", "/api/v1/aliases/*/rollback", "/api/v1/aliases/*/restore",
					"/api/v1/jobs/*/builds/*/pin");
	}

}
