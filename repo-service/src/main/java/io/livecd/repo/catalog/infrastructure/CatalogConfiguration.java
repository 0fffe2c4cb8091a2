package io.livecd.repo.catalog.infrastructure;

import io.livecd.kafka.EventPublisher;
import io.livecd.kafka.EventTopics;
import io.livecd.repo.RepoServiceProperties;
import io.livecd.repo.catalog.application.Artifacts;
import io.livecd.repo.catalog.application.CatalogStore;
import io.livecd.repo.catalog.application.FindingFiles;
import io.livecd.repo.catalog.application.LearningForemanParameters;
import io.livecd.repo.catalog.application.Manifests;
import io.livecd.repo.catalog.application.PinningAlias;
import io.livecd.repo.catalog.application.PruningBuilds;
import io.livecd.repo.catalog.application.PublishingBuild;
import io.livecd.repo.catalog.application.RestoringCatalog;
import io.livecd.repo.catalog.application.RollingBackAlias;
import io.livecd.repo.catalog.model.AliasRule;
import io.livecd.repo.catalog.model.AliasRules;
import io.livecd.repo.catalog.model.RetentionPolicy;
import io.livecd.s3.GuardedPut;
import io.livecd.web.health.BucketHealthIndicator;
import io.minio.MinioClient;
import okhttp3.OkHttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;
import tools.jackson.databind.json.JsonMapper;

/** Wires the catalog's use cases to S3 and Kafka. */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

	/** How long a promotion's PUT may wait on the store, as the MinIO client's calls. */
	private static final Duration S3_TIMEOUT = Duration.ofMinutes(5);

	@Bean
	MinioClient minioClient(RepoServiceProperties properties) {
		RepoServiceProperties.S3 s3 = properties.s3();
		return MinioClient.builder()
			.endpoint(s3.endpoint())
			.credentials(s3.accessKey(), s3.secretKey())
			.region(s3.region())
			.build();
	}

	@Bean
	S3Objects s3Objects(MinioClient minio, RepoServiceProperties properties) {
		return new S3Objects(minio, properties.s3().bucket());
	}

	/** Up while the bucket answers. */
	@Bean("s3")
	BucketHealthIndicator s3Health(S3Objects s3) {
		return new BucketHealthIndicator(s3.bucket(), s3::bucketExists);
	}

	@Bean
	S3Artifacts artifacts(S3Objects s3, RepoServiceProperties properties) {
		RepoServiceProperties.S3 settings = properties.s3();
		OkHttpClient http = new OkHttpClient.Builder().readTimeout(S3_TIMEOUT).writeTimeout(S3_TIMEOUT).build();
		return new S3Artifacts(s3, new GuardedPut(http, settings.endpoint(), settings.bucket(), settings.region(),
				settings.accessKey(), settings.secretKey()));
	}

	@Bean
	S3Manifests manifests(S3Objects s3, JsonMapper json) {
		return new S3Manifests(s3, json);
	}

	@Bean
	AliasRules aliasRules(RepoServiceProperties properties) {
		return new AliasRules(properties.aliases()
			.stream()
			.map((alias) -> new AliasRule(alias.name(), alias.job(), alias.pattern()))
			.toList());
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	CatalogStore catalogStore(EventPublisher publisher) {
		return new CatalogStore(new KafkaEvents(publisher));
	}

	@Bean
	PruningBuilds pruningBuilds(CatalogStore store, Artifacts artifacts, Manifests manifests,
			RepoServiceProperties properties, Clock clock) {
		return new PruningBuilds(store, artifacts, manifests, new RetentionPolicy(properties.retention().keep()),
				clock);
	}

	@Bean
	PublishingBuild publishingBuild(CatalogStore store, Artifacts artifacts, Manifests manifests, AliasRules rules,
			PruningBuilds pruning, Clock clock) {
		return new PublishingBuild(store, artifacts, manifests, rules, pruning, clock);
	}

	@Bean
	PinningAlias pinningAlias(CatalogStore store, AliasRules rules, PruningBuilds pruning, Clock clock) {
		return new PinningAlias(store, rules, pruning, clock);
	}

	@Bean
	RollingBackAlias rollingBackAlias(CatalogStore store, AliasRules rules, Clock clock) {
		return new RollingBackAlias(store, rules, clock);
	}

	@Bean
	LearningForemanParameters learningForemanParameters(CatalogStore store, PruningBuilds pruning) {
		return new LearningForemanParameters(store, pruning);
	}

	@Bean
	FindingFiles findingFiles(CatalogStore store, Artifacts artifacts) {
		return new FindingFiles(store, artifacts);
	}

	@Bean
	RestoringCatalog restoringCatalog(CatalogStore store, ConsumerFactory<String, byte[]> consumers,
			EventTopics livecdTopics, Manifests manifests, PruningBuilds pruning, RepoServiceProperties properties) {
		KafkaEventLog log = new KafkaEventLog(consumers, List.of(livecdTopics.repo(), livecdTopics.foreman()),
				properties.restore().timeout());
		return new RestoringCatalog(store, log, manifests, pruning);
	}

	@Bean
	CatalogRestorer catalogRestorer(S3Objects s3, RepoServiceProperties properties, RestoringCatalog restoring) {
		return new CatalogRestorer(s3, properties.s3().region(), restoring);
	}

	@Bean
	BuildsListener buildsListener(PublishingBuild publishing) {
		return new BuildsListener(publishing);
	}

	@Bean
	ForemanListener foremanListener(LearningForemanParameters learning) {
		return new ForemanListener(learning);
	}

}
