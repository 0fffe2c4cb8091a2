package io.livecd.common.name;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {

	@ParameterizedTest
	@ValueSource(strings = { "build_iso_speedtest_el8", "speedtest-42.squashfs", "vmlinuz", "initrd-7.img", "a",
			"_hidden-not", "X.Y_Z-1" })
	void shouldAcceptNamesOfAsciiLettersDigitsDotUnderscoreDash(String name) {
		assertThat(Names.problem("artifact", name)).isEmpty();
		assertThat(Names.requireArtifact(name)).isEqualTo(name);
	}

	@ParameterizedTest
	@ValueSource(strings = { "..", ".", ".hidden", "../etc/passwd", "a/b", "a\\b", "nul\0byte", "with space",
			"tab\there", "speedtest\u2024squashfs", "\u0430lias", "caf\u00e9", "semi;colon", "star*", "new\nline",
			"percent%2e" })
	void shouldRejectNamesThatCouldEscapeAFolderOrLookLikeAnother(String name) {
		assertThat(Names.problem("artifact", name)).hasValueSatisfying(
				(message) -> assertThat(message).startsWith("artifact name '").endsWith("must be " + Names.RULE));
	}

	@ParameterizedTest
	@ValueSource(ints = { 128 })
	void shouldAcceptTheLongestAllowedName(int length) {
		assertThat(Names.problem("job", "j".repeat(length))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 129, 300 })
	void shouldRejectNamesLongerThan128Characters(int length) {
		assertThat(Names.problem("job", "j".repeat(length))).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "" })
	void shouldRejectAMissingName(String name) {
		assertThat(Names.problem("alias", name)).contains("alias name is missing; it must be " + Names.RULE);
		assertThat(Names.problem("alias", null)).contains("alias name is missing; it must be " + Names.RULE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "nul\0byte", "\u0430lias" })
	void shouldNeverEchoControlOrLookAlikeCharactersRaw(String name) {
		assertThatThrownBy(() -> Names.requireAlias(name)).isInstanceOf(InvalidNameException.class)
			.hasMessageContaining("\\u")
			.hasMessageNotContaining("\0")
			.hasMessageNotContaining("\u0430");
	}

}
