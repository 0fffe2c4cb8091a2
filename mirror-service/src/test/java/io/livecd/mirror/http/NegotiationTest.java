package io.livecd.mirror.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NegotiationTest {

	private static final String TAG = "a".repeat(64);

	private static final String QUOTED = "\"" + TAG + "\"";

	private static Reply get(String ifNoneMatch, String ifRange, String range) {
		return Negotiation.reply(new Conditions(true, ifNoneMatch, ifRange, range), TAG, 100);
	}

	@Test
	void shouldServeWholeWithoutConditions() {
		assertThat(get(null, null, null)).isEqualTo(new Reply.Whole());
	}

	@Nested
	class IfNoneMatch {

		@Test
		void shouldAnswerNotModifiedForTheCurrentTag() {
			assertThat(get(QUOTED, null, null)).isEqualTo(new Reply.NotModified());
		}

		@Test
		void shouldCompareWeakly() {
			assertThat(get("\"x\", W/" + QUOTED, null, null)).isEqualTo(new Reply.NotModified());
		}

		@Test
		void shouldMatchStar() {
			assertThat(get("*", null, null)).isEqualTo(new Reply.NotModified());
		}

		@Test
		void shouldServeForAnotherTag() {
			assertThat(get("\"other\"", null, "bytes=0-9")).isEqualTo(new Reply.Partial(List.of(new ByteRange(0, 9))));
		}

		@Test
		void shouldWinOverRange() {
			assertThat(get(QUOTED, null, "bytes=0-9")).isEqualTo(new Reply.NotModified());
		}

		@Test
		void shouldNotMatchWhileTheTagIsUnknown() {
			assertThat(Negotiation.reply(new Conditions(true, QUOTED, null, null), null, -1))
				.isEqualTo(new Reply.Whole());
		}

	}

	@Nested
	class Ranges {

		@Test
		void shouldServeOneRange() {
			assertThat(get(null, null, "bytes=10-19")).isEqualTo(new Reply.Partial(List.of(new ByteRange(10, 19))));
		}

		@Test
		void shouldServeSeveralRanges() {
			assertThat(get(null, null, "bytes=0-1,5-6"))
				.isEqualTo(new Reply.Partial(List.of(new ByteRange(0, 1), new ByteRange(5, 6))));
		}

		@Test
		void shouldRefuseUnsatisfiableRange() {
			assertThat(get(null, null, "bytes=100-")).isEqualTo(new Reply.Unsatisfiable());
		}

		@Test
		void shouldIgnoreRangeOnHead() {
			assertThat(Negotiation.reply(new Conditions(false, null, null, "bytes=0-1"), TAG, 100))
				.isEqualTo(new Reply.Whole());
		}

		@Test
		void shouldServeRangeWhenIfRangeMatches() {
			assertThat(get(null, QUOTED, "bytes=0-1")).isEqualTo(new Reply.Partial(List.of(new ByteRange(0, 1))));
		}

		@Test
		void shouldServeWholeWhenIfRangeNamesAnotherTag() {
			assertThat(get(null, "\"old\"", "bytes=0-1")).isEqualTo(new Reply.Whole());
		}

		@Test
		void shouldServeWholeWhenIfRangeIsWeak() {
			assertThat(get(null, "W/" + QUOTED, "bytes=0-1")).isEqualTo(new Reply.Whole());
		}

		@Test
		void shouldServeWholeWhenIfRangeIsADate() {
			assertThat(get(null, "Wed, 21 Oct 2015 07:28:00 GMT", "bytes=0-1")).isEqualTo(new Reply.Whole());
		}

		@Test
		void shouldServeWholeWhileTheLengthIsUnknown() {
			assertThat(Negotiation.reply(new Conditions(true, null, null, "bytes=0-1"), TAG, -1))
				.isEqualTo(new Reply.Whole());
		}

	}

}
