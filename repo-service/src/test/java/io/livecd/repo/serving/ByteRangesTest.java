package io.livecd.repo.serving;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ByteRangesTest {

	private static final long LENGTH = 1000;

	private static RangeSet parse(String header) {
		return ByteRanges.parse(header, LENGTH);
	}

	private static RangeSet ranges(long... bounds) {
		List<ByteRange> ranges = new java.util.ArrayList<>();
		for (int i = 0; i < bounds.length; i += 2) {
			ranges.add(new ByteRange(bounds[i], bounds[i + 1]));
		}
		return new RangeSet.Ranges(ranges);
	}

	@Nested
	class SingleRanges {

		@Test
		void shouldServeFirstByte() {
			assertThat(parse("bytes=0-0")).isEqualTo(ranges(0, 0));
		}

		@Test
		void shouldServeMiddleRange() {
			assertThat(parse("bytes=100-199")).isEqualTo(ranges(100, 199));
		}

		@Test
		void shouldServeLastByte() {
			assertThat(parse("bytes=999-999")).isEqualTo(ranges(999, 999));
		}

		@Test
		void shouldCutLastPositionAtTheEnd() {
			assertThat(parse("bytes=990-5000")).isEqualTo(ranges(990, 999));
		}

		@Test
		void shouldServeOpenEndedRangeToTheEnd() {
			assertThat(parse("bytes=900-")).isEqualTo(ranges(900, 999));
		}

		@Test
		void shouldServeSuffixAsTheLastBytes() {
			assertThat(parse("bytes=-10")).isEqualTo(ranges(990, 999));
		}

		@Test
		void shouldServeWholeRepresentationForSuffixLongerThanIt() {
			assertThat(parse("bytes=-5000")).isEqualTo(ranges(0, 999));
		}

		@Test
		void shouldAcceptUnitInAnyCase() {
			assertThat(parse("Bytes=0-1")).isEqualTo(ranges(0, 1));
		}

	}

	@Nested
	class MultipleRanges {

		@Test
		void shouldKeepRequestedOrder() {
			assertThat(parse("bytes=500-509, 0-9,-5")).isEqualTo(ranges(500, 509, 0, 9, 995, 999));
		}

		@Test
		void shouldLeaveOutUnsatisfiableRanges() {
			assertThat(parse("bytes=0-9,2000-3000")).isEqualTo(ranges(0, 9));
		}

		@Test
		void shouldSkipEmptyListElements() {
			assertThat(parse("bytes=0-1,,2-3,")).isEqualTo(ranges(0, 1, 2, 3));
		}

		@Test
		void shouldServeWholeWhenRangesAddUpToMoreThanTheRepresentation() {
			assertThat(parse("bytes=0-999,0-999")).isEqualTo(new RangeSet.Whole());
		}

		@Test
		void shouldServeWholeForTooManyRanges() {
			String header = "bytes=" + "0-0,".repeat(ByteRanges.MAX_RANGES + 1);
			assertThat(parse(header)).isEqualTo(new RangeSet.Whole());
		}

	}

	@Nested
	class Unsatisfiable {

		@ParameterizedTest
		@ValueSource(strings = { "bytes=1000-", "bytes=1000-2000", "bytes=-0", "bytes=5-2", "bytes=1000-,2000-" })
		void shouldRejectRangesThatSelectNothing(String header) {
			assertThat(parse(header)).isEqualTo(new RangeSet.Unsatisfiable());
		}

		@ParameterizedTest
		@ValueSource(strings = { "bytes=", "bytes=-", "bytes=a-b", "bytes=1-2-3", "bytes=0x1-2",
				"bytes=99999999999999999999-", "bytes=1 - 2" })
		void shouldRejectRangesThatCannotBeParsed(String header) {
			assertThat(parse(header)).isEqualTo(new RangeSet.Unsatisfiable());
		}

		@Test
		void shouldRejectEveryRangeOfAnEmptyRepresentation() {
			assertThat(ByteRanges.parse("bytes=0-", 0)).isEqualTo(new RangeSet.Unsatisfiable());
			assertThat(ByteRanges.parse("bytes=-1", 0)).isEqualTo(new RangeSet.Unsatisfiable());
		}

	}

	@Nested
	class Ignored {

		@Test
		void shouldServeWholeWithoutHeader() {
			assertThat(parse(null)).isEqualTo(new RangeSet.Whole());
		}

		@Test
		void shouldIgnoreOtherUnits() {
			assertThat(parse("items=0-1")).isEqualTo(new RangeSet.Whole());
		}

	}

}
