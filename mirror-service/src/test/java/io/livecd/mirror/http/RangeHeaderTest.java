package io.livecd.mirror.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RangeHeaderTest {

	private static final long SIZE = 1000;

	private static Optional<List<ByteRange>> parse(String header) {
		return RangeHeader.parse(header, SIZE);
	}

	@Nested
	class Satisfiable {

		@Test
		void shouldReadClosedRange() {
			assertThat(parse("bytes=0-499")).contains(List.of(new ByteRange(0, 499)));
		}

		@Test
		void shouldReadOpenRangeToTheEnd() {
			assertThat(parse("bytes=900-")).contains(List.of(new ByteRange(900, 999)));
		}

		@Test
		void shouldReadSuffixRange() {
			assertThat(parse("bytes=-100")).contains(List.of(new ByteRange(900, 999)));
		}

		@Test
		void shouldClampSuffixLongerThanTheFile() {
			assertThat(parse("bytes=-5000")).contains(List.of(new ByteRange(0, 999)));
		}

		@Test
		void shouldClampLastBytePastTheEnd() {
			assertThat(parse("bytes=990-5000")).contains(List.of(new ByteRange(990, 999)));
		}

		@Test
		void shouldReadSeveralRangesWithSpacesAndCaseInsensitiveUnit() {
			assertThat(parse("Bytes=0-0, 10-19 ,-1"))
				.contains(List.of(new ByteRange(0, 0), new ByteRange(10, 19), new ByteRange(999, 999)));
		}

		@Test
		void shouldDropUnsatisfiableRangesNextToSatisfiableOnes() {
			assertThat(parse("bytes=2000-3000,0-1")).contains(List.of(new ByteRange(0, 1)));
		}

	}

	@Nested
	class Unsatisfiable {

		@Test
		void shouldAnswerEmptyWhenEveryRangeStartsPastTheEnd() {
			assertThat(parse("bytes=1000-")).contains(List.of());
		}

		@Test
		void shouldAnswerEmptyForZeroSuffix() {
			assertThat(parse("bytes=-0")).contains(List.of());
		}

		@Test
		void shouldAnswerEmptyForAnyRangeOfAnEmptyFile() {
			assertThat(RangeHeader.parse("bytes=0-", 0)).contains(List.of());
		}

	}

	@Nested
	class Ignored {

		@ParameterizedTest
		@ValueSource(strings = { "items=0-1", "bytes=", "bytes=abc", "bytes=5-1", "bytes=1-2-3", "bytes=--1",
				"bytes=0-1x", "bytes= - ", "bytes=99999999999999999999-" })
		void shouldIgnoreMalformedOrForeignRanges(String header) {
			assertThat(parse(header)).isEmpty();
		}

		@Test
		void shouldIgnoreTooManyRanges() {
			String header = "bytes=" + "0-0,".repeat(RangeHeader.MAX_RANGES) + "1-1";
			assertThat(parse(header)).isEmpty();
		}

		@Test
		void shouldIgnoreMissingHeader() {
			assertThat(parse(null)).isEmpty();
		}

	}

}
