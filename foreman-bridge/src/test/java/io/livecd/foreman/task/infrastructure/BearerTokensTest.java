package io.livecd.foreman.task.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.livecd.common.checksum.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BearerTokensTest {

	private final BearerTokens tokens = new BearerTokens(
			List.of("alice:ops:" + hash("ops-token"), " jenkins:CI:" + hash("ci-token"), ""));

	@Test
	void shouldKnowACallerByTheHashOfTheirToken() {
		assertThat(tokens.authenticate("Bearer ops-token")).hasValue(new BearerTokens.Caller("alice", "ops"));
		assertThat(tokens.authenticate("bearer ci-token")).hasValue(new BearerTokens.Caller("jenkins", "ci"));
	}

	@Test
	void shouldNotKnowOtherTokensOrSchemes() {
		assertThat(tokens.authenticate("Bearer nope")).isEmpty();
		assertThat(tokens.authenticate("Basic b3BzLXRva2Vu")).isEmpty();
		assertThat(tokens.authenticate(null)).isEmpty();
	}

	@Test
	void shouldRefuseAMalformedEntryWithoutEchoingIt() {
		assertThatIllegalStateException().isThrownBy(() -> new BearerTokens(List.of("alice:ops:plaintext-secret")))
			.withMessageNotContaining("plaintext-secret");
	}

	static String hash(String token) {
		return Sha256.of(token.getBytes(StandardCharsets.UTF_8));
	}

}
