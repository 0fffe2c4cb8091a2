package io.livecd.testkit;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class BackendTest {

	@Test
	void shouldBeEmbeddedUnlessChosen() {
		assertThat(Backend.from(new Settings(Map.of(), Map.of()))).isEqualTo(Backend.EMBEDDED);
	}

	@Test
	void shouldAcceptTheNameInAnyCase() {
		assertThat(Backend.from(new Settings(Map.of(), Map.of("LIVECD_TESTKIT_BACKEND", "External"))))
			.isEqualTo(Backend.EXTERNAL);
	}

	@Test
	void shouldListTheChoicesForAnUnknownBackend() {
		assertThatIllegalStateException()
			.isThrownBy(() -> Backend.from(new Settings(Map.of("livecd.testkit.backend", "docker"), Map.of())))
			.withMessage("livecd.testkit.backend (LIVECD_TESTKIT_BACKEND) must be one of embedded, external,"
					+ " containers, was 'docker'");
	}

}
