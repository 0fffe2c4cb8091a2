package io.livecd.common.checksum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChecksummingInputStreamTest {

	@Test
	void shouldCountAndHashEveryByteReadSingleOrInBlocks() throws IOException {
		byte[] data = new byte[300_001];
		new Random(7).nextBytes(data);
		ChecksummingInputStream in = new ChecksummingInputStream(new ByteArrayInputStream(data));

		in.read();
		byte[] buffer = new byte[4096];
		while (in.read(buffer, 0, buffer.length) != -1) {
			assertThat(in.bytes()).isLessThanOrEqualTo(data.length);
		}

		assertThat(in.bytes()).isEqualTo(data.length);
		assertThat(in.sha256()).isEqualTo(Sha256.of(data));
	}

	@Test
	void shouldRefuseToSkipBytesItWouldNotHash() {
		ChecksummingInputStream in = new ChecksummingInputStream(new ByteArrayInputStream(new byte[10]));

		assertThatThrownBy(() -> in.skip(5)).isInstanceOf(UnsupportedOperationException.class);
	}

}
