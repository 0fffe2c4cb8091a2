package io.livecd.build.auth;

import io.livecd.build.BuildServiceProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every build API call needs a token of role {@code ci}. */
@Configuration(proxyBeanMethods = false)
class AuthConfiguration implements WebMvcConfigurer {

	private static final Logger log = LoggerFactory.getLogger(AuthConfiguration.class);

	private final BearerTokens tokens;

	AuthConfiguration(BuildServiceProperties properties) {
		this.tokens = BearerTokens.parse(properties.auth().tokens());
		if (this.tokens.isEmpty()) {
			log.warn("No bearer tokens configured (LIVECD_TOKENS): every API call will be refused");
		}
	}

	@Bean
	BearerTokens bearerTokens() {
		return this.tokens;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new BearerTokenInterceptor(this.tokens, Role.CI)).addPathPatterns("/api/v1/builds/**");
	}

}
