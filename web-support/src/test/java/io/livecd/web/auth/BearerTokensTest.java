package io.livecd.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

import static io.livecd.web.auth.TestTokens.hash;

class BearerTokensTest {

	private final BearerTokens tokens = BearerTokens
		.parse(List.of("alice:ops:" + hash("ops-token"), " jenkins:CI:" + hash("ci-token"), ""));

	@Test
	void shouldKnowACallerByTheHashOfTheirToken() {
		assertThat(this.tokens.authenticate("ops-token")).hasValue(new Caller("alice", Role.OPS));
		assertThat(this.tokens.authenticate("ci-token")).hasValue(new Caller("jenkins", Role.CI));
	}

	@Test
	void shouldNotKnowOtherTokensNorTheHashItself() {
		assertThat(this.tokens.authenticate("nope")).isEmpty();
		assertThat(this.tokens.authenticate(hash("ops-token"))).isEmpty();
		assertThat(this.tokens.authenticate("")).isEmpty();
	}

	@Test
	void shouldRefuseAMalformedEntryWithoutEchoingIt() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BearerTokens.parse(List.of("alice:ops:" + hash("x"), "bob:ops:plaintext-secret")))
			.withMessageContaining("entry 2")
			.withMessageNotContaining("plaintext-secret");
	}

	@Test
	void shouldRefuseAnUnknownRole() {
		assertThatIllegalArgumentException().isThrownBy(() -> BearerTokens.parse(List.of("eve:root:" + hash("x"))));
	}

	@Test
	void shouldBeEmptyWithoutEntries() {
		assertThat(BearerTokens.parse(List.of()).isEmpty()).isTrue();
		assertThat(this.tokens.isEmpty()).isFalse();
	}

}
