package io.livecd.build.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Lets a request through only with a bearer token of the required role. It runs before
 * the handler reads the body, so a refused upload is refused before its bytes are sent
 * (with {@code Expect: 100-continue}).
 */
class BearerTokenInterceptor implements HandlerInterceptor {

	private static final String SCHEME = "Bearer ";

	private final BearerTokens tokens;

	private final Role required;

	BearerTokenInterceptor(BearerTokens tokens, Role required) {
		this.tokens = tokens;
		this.required = required;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
			throw new AuthenticationRequiredException("a bearer token is required", false);
		}
		Caller caller = this.tokens.authenticate(header.substring(SCHEME.length()).trim())
			.orElseThrow(() -> new AuthenticationRequiredException("the bearer token is not valid", true));
		if (caller.role() != this.required) {
			throw new RoleRequiredException(caller, this.required);
		}
		return true;
	}

}
