package io.livecd.mirror.cache.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpectedTest {

	private static final String SHA = "a".repeat(64);

	@Test
	void shouldPreferWhatTheEventsSaidOverTheUpstream() {
		assertThat(new Expected(10, SHA).orElse(11, "b".repeat(64))).isEqualTo(new Expected(10, SHA));
		assertThat(Expected.NOTHING.orElse(11, SHA)).isEqualTo(new Expected(11, SHA));
		assertThat(Expected.NOTHING.orElse(-1, null)).isEqualTo(Expected.NOTHING);
	}

	@Test
	void shouldNameTheMismatch() {
		assertThat(new Expected(10, SHA).mismatch(9, SHA))
			.hasValueSatisfying((reason) -> assertThat(reason).startsWith("size mismatch"));
		assertThat(new Expected(10, SHA).mismatch(10, "b".repeat(64)))
			.hasValueSatisfying((reason) -> assertThat(reason).startsWith("sha256 mismatch"));
		assertThat(new Expected(10, SHA).mismatch(10, SHA)).isEmpty();
		assertThat(Expected.NOTHING.mismatch(10, SHA)).isEmpty();
	}

}
