package io.livecd.testkit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.minio.MinioClient;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * A broker and an S3 server that run already and that other runs may share. Both are
 * checked at start so a wrong address fails at once, with the setting to fix.
 */
final class ExternalServices implements Services {

	static final String KAFKA_BOOTSTRAP = "livecd.testkit.kafka-bootstrap";

	static final String S3_ENDPOINT = "livecd.testkit.s3-endpoint";

	static final String S3_ACCESS_KEY = "livecd.testkit.s3-access-key";

	static final String S3_SECRET_KEY = "livecd.testkit.s3-secret-key";

	static final String S3_REGION = "livecd.testkit.s3-region";

	private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(15);

	private final String kafkaBootstrap;

	private final S3Access s3;

	private ExternalServices(String kafkaBootstrap, S3Access s3) {
		this.kafkaBootstrap = kafkaBootstrap;
		this.s3 = s3;
	}

	static ExternalServices start(Settings settings) {
		return start(settings, CHECK_TIMEOUT);
	}

	static ExternalServices start(Settings settings, Duration checkTimeout) {
		List<String> values = settings.require("livecd.testkit.backend=external", KAFKA_BOOTSTRAP, S3_ENDPOINT,
				S3_ACCESS_KEY, S3_SECRET_KEY);
		S3Access s3 = new S3Access(values.get(1), values.get(2), values.get(3), settings.get(S3_REGION, "us-east-1"));
		ExternalServices services = new ExternalServices(values.get(0), s3);
		services.checkKafka((int) checkTimeout.toMillis());
		services.checkS3(checkTimeout);
		return services;
	}

	private void checkKafka(int timeoutMs) {
		Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.kafkaBootstrap,
				AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
				timeoutMs);
		try (Admin admin = Admin.create(config)) {
			admin.describeCluster().clusterId().get(timeoutMs, TimeUnit.MILLISECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(
					"No Kafka broker answers at " + this.kafkaBootstrap + " (" + KAFKA_BOOTSTRAP + "): " + ex, ex);
		}
	}

	private void checkS3(Duration timeout) {
		try (MinioClient client = this.s3.newMinioClient()) {
			client.setTimeout(timeout.toMillis(), timeout.toMillis(), timeout.toMillis());
			client.listBuckets();
		}
		catch (Exception ex) {
			throw new IllegalStateException(
					"No S3 server accepts these keys at " + this.s3.endpoint() + " (" + S3_ENDPOINT + "): " + ex, ex);
		}
	}

	@Override
	public String kafkaBootstrap() {
		return this.kafkaBootstrap;
	}

	@Override
	public S3Access s3() {
		return this.s3;
	}

	@Override
	public boolean shared() {
		return true;
	}

	@Override
	public void stop() {
	}

}
