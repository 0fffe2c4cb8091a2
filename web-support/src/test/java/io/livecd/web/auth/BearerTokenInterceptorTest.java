package io.livecd.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class BearerTokenInterceptorTest {

	private final FailedAuthenticationsTest.MutableClock clock = new FailedAuthenticationsTest.MutableClock();

	private final BearerTokenInterceptor interceptor = new BearerTokenInterceptor(
			BearerTokens.parse(
					List.of("alice:ops:" + TestTokens.hash("ops-token"), "jenkins:ci:" + TestTokens.hash("ci-token"))),
			new FailedAuthentications(2, Duration.ofSeconds(30), this.clock), Role.OPS);

	@Test
	void shouldLetTheRightRoleThroughAndNameTheCaller() {
		MockHttpServletRequest request = request("Bearer ops-token");

		assertThat(this.interceptor.preHandle(request, new MockHttpServletResponse(), new Object())).isTrue();
		assertThat(request.getAttribute(Caller.ATTRIBUTE)).isEqualTo(new Caller("alice", Role.OPS));
	}

	@Test
	void shouldChallengeARequestWithoutToken() {
		AuthenticationProblem problem = refusal(request(null));

		assertThat(problem.getStatusCode().value()).isEqualTo(401);
		assertThat(problem.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer realm=\"livecd\"");
	}

	@Test
	void shouldChallengeAnotherScheme() {
		assertThat(refusal(request("Basic YWxpY2U6b3BzLXRva2Vu")).getStatusCode().value()).isEqualTo(401);
	}

	@Test
	void shouldChallengeAnUnknownTokenWithoutEchoingIt() {
		AuthenticationProblem problem = refusal(request("Bearer guessed-token"));

		assertThat(problem.getStatusCode().value()).isEqualTo(401);
		assertThat(problem.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer ")
			.contains("invalid_token");
		assertThat(problem.getBody().getDetail()).doesNotContain("guessed-token");
	}

	@Test
	void shouldForbidAnotherRole() {
		AuthenticationProblem problem = refusal(request("Bearer ci-token"));

		assertThat(problem.getStatusCode().value()).isEqualTo(403);
		assertThat(problem.getHeaders().containsHeader(HttpHeaders.WWW_AUTHENTICATE)).isFalse();
		assertThat(problem.getBody().getDetail()).contains("jenkins", "ops").doesNotContain("ci-token");
	}

	@Test
	void shouldThrottleAnAddressAfterRepeatedInvalidTokensWhateverItPresentsNext() {
		refusal(request("Bearer guess-1"));
		refusal(request("Bearer guess-2"));

		AuthenticationProblem withValidToken = refusal(request("Bearer ops-token"));
		AuthenticationProblem withGuess = refusal(request("Bearer guess-3"));

		assertThat(withValidToken.getStatusCode().value()).isEqualTo(429);
		assertThat(withValidToken.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
		assertThat(withGuess.getBody()).isEqualTo(withValidToken.getBody());
		MockHttpServletRequest elsewhere = request("Bearer ops-token");
		elsewhere.setRemoteAddr("10.0.0.9");
		assertThat(this.interceptor.preHandle(elsewhere, new MockHttpServletResponse(), new Object())).isTrue();
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(this.interceptor.preHandle(request("Bearer ops-token"), new MockHttpServletResponse(), new Object()))
			.isTrue();
	}

	@Test
	void shouldNotCountMissingTokensOrWrongRolesAsGuesses() {
		for (int i = 0; i < 5; i++) {
			refusal(request(null));
			refusal(request("Bearer ci-token"));
		}

		assertThat(this.interceptor.preHandle(request("Bearer ops-token"), new MockHttpServletResponse(), new Object()))
			.isTrue();
	}

	private AuthenticationProblem refusal(MockHttpServletRequest request) {
		return catchThrowableOfType(AuthenticationProblem.class,
				() -> this.interceptor.preHandle(request, new MockHttpServletResponse(), new Object()));
	}

	private static MockHttpServletRequest request(String authorization) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/things");
		request.setRemoteAddr("10.0.0.1");
		if (authorization != null) {
			request.addHeader(HttpHeaders.AUTHORIZATION, authorization);
		}
		return request;
	}

}
