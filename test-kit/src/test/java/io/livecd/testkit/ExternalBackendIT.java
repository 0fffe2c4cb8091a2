package io.livecd.testkit;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The external backend, pointed at the servers this JVM runs anyway. */
class ExternalBackendIT {

	private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(3);

	private final Infrastructure infrastructure = Infrastructure.shared();

	@Test
	void shouldUseRunningServersItIsPointedAt() {
		Services services = ExternalServices
			.start(settings(this.infrastructure.kafkaBootstrap(), this.infrastructure.s3().secretKey()), CHECK_TIMEOUT);

		assertThat(services.kafkaBootstrap()).isEqualTo(this.infrastructure.kafkaBootstrap());
		assertThat(services.s3()).isEqualTo(this.infrastructure.s3());
		assertThat(services.shared()).isTrue();
	}

	@Test
	void shouldFailAtOnceNamingTheSettingWhenNoBrokerAnswers() throws IOException {
		String nobody = "127.0.0.1:" + freePort();

		assertThatIllegalStateException()
			.isThrownBy(
					() -> ExternalServices.start(settings(nobody, this.infrastructure.s3().secretKey()), CHECK_TIMEOUT))
			.withMessageContaining(nobody)
			.withMessageContaining("livecd.testkit.kafka-bootstrap");
	}

	@Test
	void shouldFailAtOnceNamingTheSettingWhenS3RejectsTheKeys() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ExternalServices.start(settings(this.infrastructure.kafkaBootstrap(), "wrong-secret"),
					CHECK_TIMEOUT))
			.withMessageContaining(this.infrastructure.s3().endpoint())
			.withMessageContaining("livecd.testkit.s3-endpoint");
	}

	private Settings settings(String kafkaBootstrap, String secretKey) {
		S3Access s3 = this.infrastructure.s3();
		return new Settings(Map.of(),
				Map.of("LIVECD_TESTKIT_KAFKA_BOOTSTRAP", kafkaBootstrap, "LIVECD_TESTKIT_S3_ENDPOINT", s3.endpoint(),
						"LIVECD_TESTKIT_S3_ACCESS_KEY", s3.accessKey(), "LIVECD_TESTKIT_S3_SECRET_KEY", secretKey));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
