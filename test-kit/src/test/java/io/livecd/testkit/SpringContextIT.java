package io.livecd.testkit;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.minio.BucketExistsArgs;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = TestApplication.class)
class SpringContextIT {

	private final Infrastructure infrastructure = Infrastructure.shared();

	@Autowired
	private Environment environment;

	@Autowired
	private KafkaTemplate<String, String> kafka;

	@Autowired
	private TestApplication.Received received;

	@Test
	void shouldPointTheContextAtTheSharedInfrastructureOverApplicationYml() throws Exception {
		S3Access s3 = this.infrastructure.s3();
		assertThat(this.environment.getProperty("spring.kafka.bootstrap-servers"))
			.isEqualTo(this.infrastructure.kafkaBootstrap());
		assertThat(this.environment.getProperty("livecd.s3.endpoint")).isEqualTo(s3.endpoint());
		assertThat(this.environment.getProperty("livecd.s3.access-key")).isEqualTo(s3.accessKey());
		assertThat(this.environment.getProperty("livecd.s3.secret-key")).isEqualTo(s3.secretKey());
		assertThat(this.environment.getProperty("livecd.s3.region")).isEqualTo(s3.region());
		assertThat(this.environment.getProperty("livecd.events.topic-prefix")).matches("it-[0-9a-f]{8}-");
		String bucket = this.environment.getProperty("livecd.s3.bucket");
		assertThat(bucket).startsWith("livecd-");
		assertThat(this.infrastructure.minio().bucketExists(BucketExistsArgs.builder().bucket(bucket).build()))
			.isTrue();
	}

	@Test
	void shouldReachTheSharedBrokerThroughBootKafkaAutoConfiguration() throws Exception {
		String topic = this.environment.getProperty("livecd.events.topic-prefix") + "testkit.spring";
		this.kafka.send(topic, "hello").get(30, TimeUnit.SECONDS);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.received.values()).contains("hello"));
	}

}
