package io.livecd.web;

import io.livecd.web.auth.BearerAuthentication;
import io.livecd.web.auth.Caller;
import io.livecd.web.auth.Role;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A service with one open and one {@code ops} endpoint, as the real ones declare them.
 */
@SpringBootApplication
class WebTestApplication implements WebMvcConfigurer {

	private final BearerAuthentication auth;

	WebTestApplication(BearerAuthentication auth) {
		this.auth = auth;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.auth.requiring(Role.OPS)).addPathPatterns("/api/v1/things");
	}

	@RestController
	static class Things {

		@GetMapping("/hello")
		String hello() {
			return "hello";
		}

		@PostMapping("/api/v1/things")
		String create(@RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
			return "created by " + caller.name();
		}

	}

}
