package io.livecd.testkit;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MinIOContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;

/**
 * Kafka ({@code apache/kafka}) and MinIO containers, started side by side. The only class
 * that touches Testcontainers, so the other backends never load it.
 */
final class ContainerServices implements Services {

	static final String KAFKA_IMAGE = "livecd.testkit.kafka-image";

	static final String MINIO_IMAGE = "livecd.testkit.minio-image";

	private final KafkaContainer kafka;

	private final MinIOContainer minio;

	private ContainerServices(KafkaContainer kafka, MinIOContainer minio) {
		this.kafka = kafka;
		this.minio = minio;
	}

	static ContainerServices start(Settings settings) {
		String docker = DockerEngine.require();
		if (!DockerClientFactory.instance().isDockerAvailable()) {
			throw new IllegalStateException(DockerEngine.notAnswering(docker));
		}
		KafkaContainer kafka = new KafkaContainer(settings.get(KAFKA_IMAGE, "apache/kafka:4.1.2"));
		MinIOContainer minio = new MinIOContainer(
				settings.get(MINIO_IMAGE, "minio/minio:RELEASE.2023-09-04T19-57-37Z"));
		try {
			Startables.deepStart(kafka, minio).join();
		}
		catch (RuntimeException ex) {
			kafka.stop();
			minio.stop();
			throw new IllegalStateException("Kafka and MinIO containers did not start: " + ex.getMessage(), ex);
		}
		return new ContainerServices(kafka, minio);
	}

	@Override
	public String kafkaBootstrap() {
		return this.kafka.getBootstrapServers();
	}

	@Override
	public S3Access s3() {
		return new S3Access(this.minio.getS3URL(), this.minio.getUserName(), this.minio.getPassword(), "us-east-1");
	}

	@Override
	public boolean shared() {
		return false;
	}

	@Override
	public void stop() {
		this.kafka.stop();
		this.minio.stop();
	}

}
