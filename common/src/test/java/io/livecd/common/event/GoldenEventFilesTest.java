package io.livecd.common.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.livecd.common.envelope.Decoding;
import io.livecd.common.envelope.EventCodec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The v1 wire contract: each type's JSON is fixed by a golden file that old consumers
 * read.
 */
class GoldenEventFilesTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@ParameterizedTest
	@EnumSource(EventType.class)
	void shouldWriteExactlyTheGoldenJson(EventType type) throws IOException {
		LivecdEvent event = EventFixtures.oneOfEach().get(type);

		JsonNode written = JSON.readTree(EventCodec.toJson(event));

		assertThat(written).isEqualTo(JSON.readTree(golden(type)));
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void shouldReadTheGoldenJsonBackToTheSameRecord(EventType type) throws IOException {
		LivecdEvent event = EventFixtures.oneOfEach().get(type);
		Map<String, String> headers = new EventCodec("test").encode(event).headers();

		Decoding decoded = EventCodec.decode(headers, golden(type).getBytes(StandardCharsets.UTF_8));

		assertThat(decoded).isEqualTo(new Decoding.Decoded(event, "test"));
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void shouldNameTheTypeLivecdNounVerbV1(EventType type) {
		assertThat(type.type()).matches("livecd\\.[a-z-]+\\.[a-z-]+\\.v1");
		assertThat(Stream.of(Topics.ALL.toArray())).contains(type.topic());
	}

	static String golden(EventType type) throws IOException {
		String name = "/events/v1/" + type.type() + ".json";
		try (InputStream in = GoldenEventFilesTest.class.getResourceAsStream(name)) {
			assertThat(in).as("golden file %s", name).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
