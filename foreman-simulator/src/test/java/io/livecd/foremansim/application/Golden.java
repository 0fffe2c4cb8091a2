package io.livecd.foremansim.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.JsonNode;

/**
 * Compares answers with the documented shapes in {@code src/test/resources/foreman-api}.
 */
final class Golden {

	private Golden() {
	}

	static JsonNode read(String file) {
		try (InputStream in = Golden.class.getResourceAsStream("/foreman-api/" + file)) {
			if (in == null) {
				throw new IllegalArgumentException("no golden file " + file);
			}
			return Json.MAPPER.readTree(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Same fields, values and field order, at every level. */
	static void assertMatches(Reply reply, int status, String file) {
		assertThat(reply.status()).as(reply.bodyText()).isEqualTo(status);
		assertThat(reply.contentType()).startsWith("application/json");
		assertSameOrder(SimulatedForeman.json(reply), read(file));
	}

	static void assertSameOrder(JsonNode actual, JsonNode expected) {
		assertThat(actual).isEqualTo(expected);
		if (expected.isObject()) {
			assertThat(SimulatedForeman.fieldNames(actual))
				.containsExactlyElementsOf(SimulatedForeman.fieldNames(expected));
			expected.properties().forEach((field) -> assertSameOrder(actual.get(field.getKey()), field.getValue()));
		}
		if (expected.isArray()) {
			for (int i = 0; i < expected.size(); i++) {
				assertSameOrder(actual.get(i), expected.get(i));
			}
		}
	}

}
