package io.livecd.web.auth;

import java.net.URI;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request refused before its handler ran: 401 with a bearer challenge, 403 for a token
 * of another role, 429 with {@code Retry-After} after too many refused tokens. The detail
 * never repeats the presented token.
 */
public final class AuthenticationProblem extends ErrorResponseException {

	private static final String REALM = "Bearer realm=\"livecd\"";

	private AuthenticationProblem(HttpStatus status, String type, String title, String detail) {
		super(status, problem(status, type, title, detail), null);
	}

	static AuthenticationProblem missingToken(Role required) {
		AuthenticationProblem problem = new AuthenticationProblem(HttpStatus.UNAUTHORIZED, "unauthenticated",
				"Authentication required", "a bearer token of role " + required.id() + " is required");
		problem.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, REALM);
		return problem;
	}

	static AuthenticationProblem invalidToken() {
		AuthenticationProblem problem = new AuthenticationProblem(HttpStatus.UNAUTHORIZED, "unauthenticated",
				"Authentication required", "the bearer token is not valid");
		problem.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, REALM + ", error=\"invalid_token\"");
		return problem;
	}

	static AuthenticationProblem wrongRole(Caller caller, Role required) {
		return new AuthenticationProblem(HttpStatus.FORBIDDEN, "forbidden", "Role not allowed",
				"token " + caller.name() + " has role " + caller.role().id() + "; this needs role " + required.id());
	}

	static AuthenticationProblem throttled(Duration wait) {
		long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
		AuthenticationProblem problem = new AuthenticationProblem(HttpStatus.TOO_MANY_REQUESTS,
				"too-many-failed-authentications", "Too many failed authentications",
				"too many invalid tokens came from this address; try again in " + seconds + " s");
		problem.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		return problem;
	}

	private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("urn:livecd:problem:" + type));
		problem.setTitle(title);
		return problem;
	}

}
