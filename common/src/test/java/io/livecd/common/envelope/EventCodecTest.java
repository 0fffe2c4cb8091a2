package io.livecd.common.envelope;

import static org.assertj.core.api.Assertions.assertThat;

import io.livecd.common.event.AliasUpdated;
import io.livecd.common.event.BuildCompleted;
import io.livecd.common.event.EventFixtures;
import io.livecd.common.event.Topics;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EventCodecTest {

	private final EventCodec codec = new EventCodec("build-service");

	private final EncodedEvent encoded = this.codec.encode(EventFixtures.aBuildCompleted());

	@Test
	void shouldPutCloudEventsAttributesInHeadersAndTheRecordInThePayload() {
		assertThat(this.encoded.topic()).isEqualTo(Topics.BUILDS);
		assertThat(this.encoded.key()).isEqualTo("build_iso_speedtest_el8");
		assertThat(this.encoded.headers()).containsEntry("ce_specversion", "1.0")
			.containsEntry("ce_id", "0b6c4c1e-0000-4000-8000-000000000001")
			.containsEntry("ce_source", "build-service")
			.containsEntry("ce_type", "livecd.build.completed.v1")
			.containsEntry("ce_time", "2026-11-20T10:00:00Z")
			.containsEntry("ce_subject", "build_iso_speedtest_el8")
			.containsEntry("content-type", "application/json");
		assertThat(this.encoded.headers().values()).noneMatch((v) -> v.contains("io.livecd"));
		assertThat(new String(this.encoded.payload(), StandardCharsets.UTF_8)).doesNotContain("io.livecd");
	}

	@Test
	void shouldKeyAliasMovesByAlias() {
		AliasUpdated moved = (AliasUpdated) EventFixtures.oneOfEach()
			.get(io.livecd.common.event.EventType.ALIAS_UPDATED);

		assertThat(this.codec.encode(moved).key()).isEqualTo("speedtest.squashfs");
	}

	@Test
	void shouldDecodeWhatItEncoded() {
		assertThat(EventCodec.decode(this.encoded.headers(), this.encoded.payload()))
			.isEqualTo(new Decoding.Decoded(EventFixtures.aBuildCompleted(), "build-service"));
	}

	@Test
	void shouldRoundTripOptionalFieldsLeftEmpty() {
		AliasUpdated moved = (AliasUpdated) EventFixtures.oneOfEach()
			.get(io.livecd.common.event.EventType.ALIAS_UPDATED);
		AliasUpdated firstMove = new AliasUpdated(moved.id(), moved.time(), moved.alias(), null, moved.target(),
				moved.reason(), moved.actor());
		EncodedEvent firstEncoded = this.codec.encode(firstMove);

		assertThat(EventCodec.decode(firstEncoded.headers(), firstEncoded.payload()))
			.isEqualTo(new Decoding.Decoded(firstMove, "build-service"));
	}

	@Test
	void shouldIgnoreFieldsAddedByANewerProducer() {
		String json = new String(this.encoded.payload(), StandardCharsets.UTF_8).replaceFirst("\\{",
				"{\"addedLater\":{\"x\":1},");

		assertThat(EventCodec.decode(this.encoded.headers(), json.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(Decoding.Decoded.class);
	}

	@Test
	void shouldReadAPayloadWithoutAnOptionalFieldAsAnOlderProducerWroteIt() {
		String json = new String(this.encoded.payload(), StandardCharsets.UTF_8)
			.replace("\"kernel\":\"5.14.0-427.el8\",", "");

		Decoding decoding = EventCodec.decode(this.encoded.headers(), json.getBytes(StandardCharsets.UTF_8));

		assertThat(decoding).isInstanceOfSatisfying(Decoding.Decoded.class,
				(decoded) -> assertThat(((BuildCompleted) decoded.event()).kernel()).isNull());
	}

	@Test
	void shouldSkipATypeItDoesNotKnow() {
		Map<String, String> headers = with("ce_type", "livecd.build.completed.v2");

		assertThat(EventCodec.decode(headers, this.encoded.payload()))
			.isEqualTo(new Decoding.UnknownType("livecd.build.completed.v2"));
	}

	@Nested
	class Poison {

		@Test
		void shouldCallInvalidJsonMalformed() {
			assertThat(reason(EventCodec.decode(encoded.headers(), bytes("{not json"))))
				.startsWith("livecd.build.completed.v1 payload is invalid");
		}

		@Test
		void shouldCallAMissingFieldMalformed() {
			String json = new String(encoded.payload(), StandardCharsets.UTF_8).replace("\"job\":", "\"jobb\":");

			assertThat(reason(EventCodec.decode(encoded.headers(), bytes(json)))).contains("job");
		}

		@Test
		void shouldCallAMissingNumberMalformedRatherThanZero() {
			String json = new String(encoded.payload(), StandardCharsets.UTF_8).replace("\"build\":42,", "");

			assertThat(EventCodec.decode(encoded.headers(), bytes(json))).isInstanceOf(Decoding.Malformed.class);
		}

		@Test
		void shouldCallAnInvalidNameInsideThePayloadMalformed() {
			String json = new String(encoded.payload(), StandardCharsets.UTF_8).replace("speedtest-42.squashfs",
					"../../etc/passwd");

			assertThat(reason(EventCodec.decode(encoded.headers(), bytes(json)))).contains("artifact name");
		}

		@Test
		void shouldCallAMissingHeaderMalformed() {
			Map<String, String> headers = new HashMap<>(encoded.headers());
			headers.remove("ce_id");

			assertThat(reason(EventCodec.decode(headers, encoded.payload()))).isEqualTo("header ce_id is missing");
		}

		@Test
		void shouldCallAnotherSpecVersionMalformed() {
			assertThat(reason(EventCodec.decode(with("ce_specversion", "0.3"), encoded.payload())))
				.isEqualTo("unsupported CloudEvents specversion 0.3");
		}

		@Test
		void shouldCallHeadersThatContradictThePayloadMalformed() {
			assertThat(reason(EventCodec.decode(with("ce_id", "other"), encoded.payload())))
				.isEqualTo("ce_id does not match the payload id");
			assertThat(reason(EventCodec.decode(with("ce_subject", "other_job"), encoded.payload())))
				.isEqualTo("ce_subject does not match the payload");
			assertThat(reason(EventCodec.decode(with("ce_time", "yesterday"), encoded.payload())))
				.isEqualTo("ce_time is not an RFC 3339 timestamp");
		}

		@Test
		void shouldCallAnEmptyOrHugePayloadMalformed() {
			assertThat(reason(EventCodec.decode(encoded.headers(), new byte[0]))).isEqualTo("payload is empty");
			assertThat(reason(EventCodec.decode(encoded.headers(), new byte[10 * 1024 * 1024])))
				.isEqualTo("payload of 10485760 bytes exceeds 1048576");
		}

		@Test
		void shouldCallAJsonNullMalformed() {
			assertThat(EventCodec.decode(encoded.headers(), bytes("null"))).isInstanceOf(Decoding.Malformed.class);
		}

	}

	private Map<String, String> with(String header, String value) {
		Map<String, String> headers = new HashMap<>(this.encoded.headers());
		headers.put(header, value);
		return headers;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String reason(Decoding decoding) {
		assertThat(decoding).isInstanceOf(Decoding.Malformed.class);
		return ((Decoding.Malformed) decoding).reason();
	}

}
