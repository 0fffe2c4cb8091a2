package io.livecd.mirror.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SpinWaitTest {

	@Test
	void shouldReturnAtOnceWithoutReadingWhenBytesAreThere() throws IOException {
		CountingStream in = new CountingStream(3);
		SpinWait.untilReadable(in, Long.MAX_VALUE);
		assertThat(in.checks.get()).isEqualTo(1);
		assertThat(in.readAllBytes()).containsExactly(1, 2, 3);
	}

	@Test
	void shouldWaitForBytesThatArriveWhileItSpins() throws IOException {
		CountingStream in = new CountingStream(0);
		in.arriveAtCheck = 100;
		SpinWait.untilReadable(in, Long.MAX_VALUE);
		assertThat(in.checks.get()).isEqualTo(100);
	}

	@Test
	void shouldGiveUpAfterItsBoundWhenNothingArrives() throws IOException {
		CountingStream in = new CountingStream(0);
		SpinWait.untilReadable(in, 1_000_000);
		assertThat(in.checks.get()).isPositive();
		assertThat(in.available()).isZero();
	}

	/**
	 * Bytes 1, 2, 3…; {@code available()} is 0 until its check number
	 * {@code arriveAtCheck}.
	 */
	private static final class CountingStream extends InputStream {

		private final AtomicInteger checks = new AtomicInteger();

		private final InputStream bytes;

		private int arriveAtCheck = Integer.MAX_VALUE;

		CountingStream(int size) {
			byte[] content = new byte[size];
			for (int i = 0; i < size; i++) {
				content[i] = (byte) (i + 1);
			}
			this.bytes = new ByteArrayInputStream(content);
			if (size > 0) {
				this.arriveAtCheck = 1;
			}
		}

		@Override
		public int available() {
			return (this.checks.incrementAndGet() >= this.arriveAtCheck) ? 1 : 0;
		}

		@Override
		public int read() throws IOException {
			return this.bytes.read();
		}

	}

}
