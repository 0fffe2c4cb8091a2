package io.livecd.common.checksum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class Sha256Test {

	private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

	@Test
	void shouldHashAStreamLikeTheKnownVector() throws IOException {
		assertThat(Sha256.of(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)))).isEqualTo(ABC);
		assertThat(Sha256.of("abc".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ABC);
	}

	@Test
	void shouldHashStreamsPastTheTwoGibibyteBoundaryInConstantMemory() throws IOException {
		long threeGiB = 3L << 30;
		InputStream zeros = new ZeroStream(threeGiB);

		ChecksummingInputStream counted = new ChecksummingInputStream(zeros);
		String hash = Sha256.of(counted);

		assertThat(counted.bytes()).isEqualTo(threeGiB);
		assertThat(hash).hasSize(64);
	}

	@Test
	void shouldAcceptOnlyLowerCaseHexOfTheRightLength() {
		assertThat(Sha256.isValid(ABC)).isTrue();
		assertThat(Sha256.isValid(ABC.toUpperCase())).isFalse();
		assertThat(Sha256.isValid(ABC.substring(1))).isFalse();
		assertThat(Sha256.isValid(null)).isFalse();
		assertThatThrownBy(() -> Sha256.require("xyz")).hasMessage("sha256 must be 64 lower-case hex digits");
	}

	/** A stream of zeros of a given length that allocates nothing per byte. */
	private static final class ZeroStream extends InputStream {

		private long left;

		ZeroStream(long length) {
			this.left = length;
		}

		@Override
		public int read() {
			if (this.left == 0) {
				return -1;
			}
			this.left--;
			return 0;
		}

		@Override
		public int read(byte[] b, int off, int len) {
			if (this.left == 0) {
				return -1;
			}
			int n = (int) Math.min(len, this.left);
			Arrays.fill(b, off, off + n, (byte) 0);
			this.left -= n;
			return n;
		}

	}

}
