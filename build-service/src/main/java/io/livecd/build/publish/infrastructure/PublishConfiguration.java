package io.livecd.build.publish.infrastructure;

import io.livecd.build.BuildServiceProperties;
import io.livecd.build.publish.application.AbortingBuild;
import io.livecd.build.publish.application.BuildEvents;
import io.livecd.build.publish.application.BuildLocks;
import io.livecd.build.publish.application.CompletingBuild;
import io.livecd.build.publish.application.OpeningBuild;
import io.livecd.build.publish.application.Publications;
import io.livecd.build.publish.application.Staging;
import io.livecd.build.publish.application.SweepingStaging;
import io.livecd.build.publish.application.UploadingArtifact;
import io.livecd.kafka.EventPublisher;
import io.livecd.s3.GuardedPut;
import io.livecd.web.health.BucketHealthIndicator;
import io.minio.MinioAsyncClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/** The publishing use cases over S3 staging and the Kafka event log. */
@Configuration(proxyBeanMethods = false)
class PublishConfiguration {

	private static final Duration BUFFER_WAIT = Duration.ofMinutes(2);

	@Bean(destroyMethod = "close")
	StagingS3Client stagingS3Client(BuildServiceProperties properties) {
		BuildServiceProperties.S3 s3 = properties.s3();
		return new StagingS3Client(MinioAsyncClient.builder()
			.endpoint(s3.endpoint())
			.credentials(s3.accessKey(), s3.secretKey())
			.region(s3.region())
			.build());
	}

	@Bean
	S3Objects s3Objects(StagingS3Client client, BuildServiceProperties properties) {
		return new S3Objects(client, properties.s3().bucket(), properties.s3().region());
	}

	/** Up while the staging bucket answers. */
	@Bean("s3")
	BucketHealthIndicator s3Health(S3Objects s3) {
		return new BucketHealthIndicator(s3.bucket(), s3::bucketExists);
	}

	/** Sign and send parts off the request threads: at most one per part buffer. */
	@Bean(destroyMethod = "shutdown")
	ExecutorService partSenders(BuildServiceProperties properties) {
		return Executors.newFixedThreadPool(properties.s3().partBuffers(), daemons("s3-part-"));
	}

	/**
	 * Run the single PUTs of artifacts of known length, each for as long as its body
	 * streams in: one thread per such upload (each also reserves a part buffer).
	 */
	@Bean(destroyMethod = "shutdown")
	ExecutorService putSenders() {
		return Executors.newCachedThreadPool(daemons("s3-put-"));
	}

	@Bean
	Staging staging(S3Objects s3, StagingS3Client client, ExecutorService partSenders, ExecutorService putSenders,
			BuildServiceProperties properties) {
		BuildServiceProperties.S3 settings = properties.s3();
		PartBuffers buffers = new PartBuffers(settings.partBuffers(), (int) settings.partSize().toBytes(), BUFFER_WAIT);
		GuardedPut put = new GuardedPut(client.http(), settings.endpoint(), settings.bucket(), settings.region(),
				settings.accessKey(), settings.secretKey());
		return new S3Staging(s3, buffers, settings.partsInFlight(), partSenders, put, putSenders,
				settings.maxSinglePut().toBytes());
	}

	private static CustomizableThreadFactory daemons(String prefix) {
		CustomizableThreadFactory factory = new CustomizableThreadFactory(prefix);
		factory.setDaemon(true);
		return factory;
	}

	@Bean
	Publications publications(S3Objects s3) {
		return new S3Publications(s3);
	}

	@Bean
	BuildEvents buildEvents(EventPublisher publisher) {
		return new KafkaBuildEvents(publisher);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	BuildLocks buildLocks() {
		return new BuildLocks();
	}

	@Bean
	OpeningBuild openingBuild(Staging staging, Publications publications, BuildLocks locks, Clock clock) {
		return new OpeningBuild(staging, publications, locks, clock);
	}

	@Bean
	UploadingArtifact uploadingArtifact(Staging staging, Publications publications, BuildLocks locks,
			BuildServiceProperties properties) {
		return new UploadingArtifact(staging, publications, locks, properties.limits().maxArtifactSize().toBytes(),
				properties.limits().maxArtifacts());
	}

	@Bean
	CompletingBuild completingBuild(Staging staging, Publications publications, BuildEvents events, BuildLocks locks,
			Clock clock, BuildServiceProperties properties) {
		return new CompletingBuild(staging, publications, events, locks, clock, properties.limits().maxArtifacts());
	}

	@Bean
	AbortingBuild abortingBuild(Staging staging, Publications publications, BuildLocks locks) {
		return new AbortingBuild(staging, publications, locks);
	}

	@Bean
	SweepingStaging sweepingStaging(Staging staging, Publications publications, BuildLocks locks, Clock clock,
			BuildServiceProperties properties) {
		return new SweepingStaging(staging, publications, locks, clock, properties.staging().maxAge());
	}

}
