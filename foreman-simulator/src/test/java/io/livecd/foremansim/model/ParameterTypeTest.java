package io.livecd.foremansim.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParameterTypeTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "string|42|\"42\"", "integer|42|42", "integer|0x1f|31", "integer|017|15", "real|1.5|1.5",
					"real|2|2.0", "boolean|yes|true", "boolean|off|false", "array|[1, 2]|[1,2]",
					"array|'- a\n- b'|[\"a\",\"b\"]", "hash|{\"a\": 1}|{\"a\":1}", "json|{\"a\":[true]}|{\"a\":[true]}",
					"yaml|'a: b'|{\"a\":\"b\"}" })
	void shouldCastValuesAsForemanDoes(String type, String text, String json) {
		assertThat(ParameterType.of(type).orElseThrow().cast(text))
			.hasValueSatisfying((value) -> assertThat(value.toString()).isEqualTo(json));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "integer|4.2", "integer|abc", "boolean|maybe", "array|{\"a\": 1}", "hash|[1]", "json|{nope" })
	void shouldRefuseValuesThatDoNotCast(String type, String text) {
		assertThat(ParameterType.of(type).orElseThrow().cast(text)).isEmpty();
	}

}
