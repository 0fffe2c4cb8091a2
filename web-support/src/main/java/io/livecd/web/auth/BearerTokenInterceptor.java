package io.livecd.web.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Lets a request through only with a bearer token of the required role, and leaves the
 * caller in the request attribute {@link Caller#ATTRIBUTE}. It runs before the handler
 * reads the body, so a refused upload is refused before its bytes are sent (with
 * {@code Expect: 100-continue}).
 */
final class BearerTokenInterceptor implements HandlerInterceptor {

	private static final String SCHEME = "Bearer ";

	private final BearerTokens tokens;

	private final FailedAuthentications failures;

	private final Role required;

	BearerTokenInterceptor(BearerTokens tokens, FailedAuthentications failures, Role required) {
		this.tokens = tokens;
		this.failures = failures;
		this.required = required;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String address = request.getRemoteAddr();
		this.failures.blocked(address).ifPresent((wait) -> {
			throw AuthenticationProblem.throttled(wait);
		});
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
			throw AuthenticationProblem.missingToken(this.required);
		}
		Caller caller = this.tokens.authenticate(header.substring(SCHEME.length()).trim()).orElse(null);
		if (caller == null) {
			this.failures.record(address);
			throw AuthenticationProblem.invalidToken();
		}
		if (caller.role() != this.required) {
			throw AuthenticationProblem.wrongRole(caller, this.required);
		}
		request.setAttribute(Caller.ATTRIBUTE, caller);
		return true;
	}

}
