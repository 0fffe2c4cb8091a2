package io.livecd.build.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.livecd.common.checksum.Sha256;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ApiClientTest {

	@Test
	void shouldConfigureTheHashesOfTheTestTokens() {
		assertThat(ApiClient.TOKENS)
			.isEqualTo("ci-test:ci:" + Sha256.of(ApiClient.CI_TOKEN.getBytes(StandardCharsets.UTF_8)) + ",ops-test:ops:"
					+ Sha256.of(ApiClient.OPS_TOKEN.getBytes(StandardCharsets.UTF_8)));
	}

}
