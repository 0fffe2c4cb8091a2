package io.livecd.repo.serving;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntityTagsTest {

	private static final String TAG = EntityTags.strong("abc");

	@Test
	void shouldQuoteStrongTag() {
		assertThat(TAG).isEqualTo("\"abc\"");
	}

	@Nested
	class IfNoneMatch {

		@ParameterizedTest
		@ValueSource(strings = { "\"abc\"", "*", " * ", "W/\"abc\"", "\"x\", \"abc\"", "\"x\",W/\"abc\"",
				"\"a,b\", \"abc\"" })
		void shouldMatch(String header) {
			assertThat(EntityTags.anyMatchesWeakly(header, TAG)).isTrue();
		}

		@ParameterizedTest
		@ValueSource(strings = { "\"abcd\"", "abc", "\"x\"", "", "\"abc", "\"x\" junk \"abc\"" })
		void shouldNotMatch(String header) {
			assertThat(EntityTags.anyMatchesWeakly(header, TAG)).isFalse();
		}

		@Test
		void shouldNotMatchWithoutHeader() {
			assertThat(EntityTags.anyMatchesWeakly(null, TAG)).isFalse();
		}

	}

	@Nested
	class IfRange {

		@Test
		void shouldMatchSameStrongTag() {
			assertThat(EntityTags.matchesStrongly("\"abc\"", TAG)).isTrue();
		}

		@ParameterizedTest
		@ValueSource(strings = { "W/\"abc\"", "\"abd\"", "Wed, 21 Oct 2015 07:28:00 GMT", "abc" })
		void shouldNotMatchWeakTagOtherTagOrDate(String header) {
			assertThat(EntityTags.matchesStrongly(header, TAG)).isFalse();
		}

	}

}
