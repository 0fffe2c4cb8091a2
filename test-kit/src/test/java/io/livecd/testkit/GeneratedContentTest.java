package io.livecd.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GeneratedContentTest {

	@Test
	void shouldProduceExactlyTheRequestedNumberOfBytes() throws IOException {
		try (InputStream content = GeneratedContent.of(1_000_003, 7)) {
			assertThat(content.transferTo(OutputStream.nullOutputStream())).isEqualTo(1_000_003);
			assertThat(content.read()).isEqualTo(-1);
		}
	}

	@Test
	void shouldGiveTheSameBytesForTheSameSeedHoweverItIsRead() throws IOException {
		byte[] inBulk = GeneratedContent.of(100, 7).readAllBytes();
		byte[] oneByOne = new byte[100];
		try (InputStream content = GeneratedContent.of(100, 7)) {
			for (int i = 0; i < oneByOne.length; i++) {
				oneByOne[i] = (byte) content.read();
			}
		}

		assertThat(oneByOne).isEqualTo(inBulk);
		assertThat(GeneratedContent.of(100, 8).readAllBytes()).isNotEqualTo(inBulk);
	}

	@Test
	void shouldRejectANegativeSize() {
		assertThatIllegalArgumentException().isThrownBy(() -> GeneratedContent.of(-1, 7));
	}

}
