package io.livecd.build.auth;

import io.livecd.web.auth.BearerAuthentication;
import io.livecd.web.auth.Role;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every build API call needs a token of role {@code ci} (web-support checks it). */
@Configuration(proxyBeanMethods = false)
class AuthConfiguration implements WebMvcConfigurer {

	private final BearerAuthentication auth;

	AuthConfiguration(BearerAuthentication auth) {
		this.auth = auth;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.auth.requiring(Role.CI)).addPathPatterns("/api/v1/builds/**");
	}

}
