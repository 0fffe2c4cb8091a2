package io.livecd.repo.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RepliesTest {

	private static final byte[] BYTES = "0123456789abcdefghij".getBytes(StandardCharsets.US_ASCII);

	private static final String ETAG = EntityTags.strong("f00d");

	private static final Representation FILE = new Representation(BYTES.length, ETAG, "application/octet-stream");

	private static final RangeSource SOURCE = (offset,
			length) -> new ByteArrayInputStream(Arrays.copyOfRange(BYTES, (int) offset, (int) (offset + length)));

	private final Replies replies = new Replies(() -> "00000000000000000042");

	private Reply decide(String range, String ifNoneMatch, String ifRange) {
		return this.replies.decide(new ConditionalRequest(range, ifNoneMatch, ifRange), FILE);
	}

	private static String body(Reply reply) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		reply.writeBody(SOURCE, out);
		return out.toString(StandardCharsets.US_ASCII);
	}

	@Nested
	class Whole {

		@Test
		void shouldServeAllBytesWithExactLength() throws IOException {
			Reply reply = decide(null, null, null);
			assertThat(reply.status()).isEqualTo(200);
			assertThat(reply.headers()).containsEntry("Content-Length", "20")
				.containsEntry("ETag", ETAG)
				.containsEntry("Accept-Ranges", "bytes")
				.containsEntry("Content-Type", "application/octet-stream")
				.doesNotContainKey("Content-Range");
			assertThat(body(reply)).isEqualTo("0123456789abcdefghij");
		}

		@Test
		void shouldServeEmptyRepresentationWithoutOpeningIt() throws IOException {
			Representation empty = new Representation(0, ETAG, "application/octet-stream");
			Reply reply = replies.decide(ConditionalRequest.plain(), empty);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			reply.writeBody((offset, length) -> {
				throw new IOException("must not open");
			}, out);
			assertThat(reply.headers()).containsEntry("Content-Length", "0");
			assertThat(out.size()).isZero();
		}

		@Test
		void shouldFailWhenSourceEndsEarly() {
			Reply reply = decide(null, null, null);
			assertThatThrownBy(() -> reply.writeBody((offset, length) -> new ByteArrayInputStream(new byte[5]),
					new ByteArrayOutputStream()))
				.isInstanceOf(EOFException.class);
		}

	}

	@Nested
	class Ranges {

		@Test
		void shouldServeOneRangeAsPartialContent() throws IOException {
			Reply reply = decide("bytes=5-9", null, null);
			assertThat(reply.status()).isEqualTo(206);
			assertThat(reply.headers()).containsEntry("Content-Length", "5")
				.containsEntry("Content-Range", "bytes 5-9/20");
			assertThat(body(reply)).isEqualTo("56789");
		}

		@Test
		void shouldServeSeveralRangesAsMultipartInNginxLayout() throws IOException {
			Reply reply = decide("bytes=0-1,-3", null, null);
			String expected = "\r\n--00000000000000000042\r\nContent-Type: application/octet-stream\r\n"
					+ "Content-Range: bytes 0-1/20\r\n\r\n01"
					+ "\r\n--00000000000000000042\r\nContent-Type: application/octet-stream\r\n"
					+ "Content-Range: bytes 17-19/20\r\n\r\nhij" + "\r\n--00000000000000000042--\r\n";
			assertThat(reply.status()).isEqualTo(206);
			assertThat(reply.headers())
				.containsEntry("Content-Type", "multipart/byteranges; boundary=00000000000000000042")
				.containsEntry("Content-Length", Integer.toString(expected.length()))
				.doesNotContainKey("Content-Range");
			assertThat(body(reply)).isEqualTo(expected);
		}

		@Test
		void shouldAnswerUnsatisfiableRangeWith416AndTheLength() throws IOException {
			Reply reply = decide("bytes=20-", null, null);
			assertThat(reply.status()).isEqualTo(416);
			assertThat(reply.headers()).containsEntry("Content-Range", "bytes */20")
				.containsEntry("Content-Length", "0");
			assertThat(body(reply)).isEmpty();
		}

		@Test
		void shouldHonourRangeWhenIfRangeMatches() {
			assertThat(decide("bytes=0-0", null, ETAG)).isEqualTo(new Reply.Partial(FILE, new ByteRange(0, 0)));
		}

		@Test
		void shouldServeWholeWhenIfRangeDoesNotMatch() {
			assertThat(decide("bytes=0-0", null, "\"other\"")).isEqualTo(new Reply.Whole(FILE));
			assertThat(decide("bytes=0-0", null, "W/" + ETAG)).isEqualTo(new Reply.Whole(FILE));
		}

	}

	@Nested
	class Conditionals {

		@Test
		void shouldAnswerNotModifiedWhenIfNoneMatchNamesTheTag() throws IOException {
			Reply reply = decide("bytes=0-0", "\"x\", " + ETAG, null);
			assertThat(reply.status()).isEqualTo(304);
			assertThat(reply.headers()).containsExactly(java.util.Map.entry("ETag", ETAG));
			assertThat(body(reply)).isEmpty();
		}

		@Test
		void shouldServeWhenIfNoneMatchNamesAnotherTag() {
			assertThat(decide(null, "\"x\"", null).status()).isEqualTo(200);
		}

		@Test
		void shouldDrawFreshBoundaries() {
			Replies random = new Replies();
			List<String> boundaries = List.of(random, random)
				.stream()
				.map((r) -> ((Reply.Multipart) r.decide(new ConditionalRequest("bytes=0-0,2-2", null, null), FILE))
					.boundary())
				.toList();
			assertThat(boundaries).allMatch((b) -> b.matches("\\d{" + Replies.BOUNDARY_DIGITS + "}"));
			assertThat(boundaries.get(0)).isNotEqualTo(boundaries.get(1));
		}

	}

}
