package io.livecd.build.auth;

import io.livecd.build.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** 401 with a bearer challenge, 403 for the wrong role; both RFC 9457. */
@RestControllerAdvice
class AuthProblems {

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unauthenticated(AuthenticationRequiredException ex) {
		String challenge = ex.tokenPresented() ? "Bearer realm=\"livecd\", error=\"invalid_token\""
				: "Bearer realm=\"livecd\"";
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.header(HttpHeaders.WWW_AUTHENTICATE, challenge)
			.body(Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> forbidden(RoleRequiredException ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.body(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Role not allowed", ex.getMessage()));
	}

}
