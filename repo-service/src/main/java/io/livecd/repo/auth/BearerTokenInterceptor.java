package io.livecd.repo.auth;

import io.livecd.repo.web.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Lets a request through only with a bearer token of the required role: 401 with a bearer
 * challenge without a valid token, 403 for another role; the caller is left in the
 * request attribute {@link Caller#ATTRIBUTE}.
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
			throw unauthenticated("a bearer token is required", "Bearer realm=\"livecd\"");
		}
		Caller caller = this.tokens.authenticate(header.substring(SCHEME.length()).trim())
			.orElseThrow(() -> unauthenticated("the bearer token is not valid",
					"Bearer realm=\"livecd\", error=\"invalid_token\""));
		if (caller.role() != this.required) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "Role not allowed",
					"token " + caller.name() + " has role " + caller.role().name().toLowerCase(Locale.ROOT)
							+ "; this needs role " + this.required.name().toLowerCase(Locale.ROOT));
		}
		request.setAttribute(Caller.ATTRIBUTE, caller);
		return true;
	}

	private static ProblemException unauthenticated(String detail, String challenge) {
		ProblemException problem = new ProblemException(HttpStatus.UNAUTHORIZED, "unauthenticated",
				"Authentication required", detail);
		problem.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
		return problem;
	}

}
