package io.livecd.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Kafka broker and S3 server shared by all tests of one JVM. Started on first use by
 * the {@link Backend} the settings choose, stopped by a JVM shutdown hook. If it cannot
 * start, every call fails with the same message.
 */
public final class Infrastructure {

	private static final Logger log = LoggerFactory.getLogger(Infrastructure.class);

	private static final Pattern BUCKET_PREFIX = Pattern.compile("[a-z0-9][a-z0-9-]{0,49}");

	private static Infrastructure instance;

	private static String failure;

	private final Backend backend;

	private final Services services;

	private final MinioClient minio;

	private final Set<String> buckets = ConcurrentHashMap.newKeySet();

	private final Set<String> topicPrefixes = ConcurrentHashMap.newKeySet();

	private final Set<ConfigurableApplicationContext> contexts = Collections
		.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

	private Infrastructure(Backend backend, Services services) {
		this.backend = backend;
		this.services = services;
		this.minio = services.s3().newMinioClient();
	}

	/** The infrastructure of this JVM, started on the first call. */
	public static synchronized Infrastructure shared() {
		if (instance == null && failure == null) {
			instance = start(Settings.fromSystem());
		}
		if (instance == null) {
			throw new IllegalStateException(failure);
		}
		return instance;
	}

	private static Infrastructure start(Settings settings) {
		long started = System.nanoTime();
		String backendName = settings.get(Backend.SETTING, "embedded");
		try {
			Backend backend = Backend.from(settings);
			Infrastructure infrastructure = new Infrastructure(backend, backend.start(settings));
			Runtime.getRuntime().addShutdownHook(new Thread(infrastructure::stop, "livecd-testkit-shutdown"));
			log.info("Test infrastructure ({}) ready in {} ms: Kafka {}, S3 {}", backendName,
					(System.nanoTime() - started) / 1_000_000, infrastructure.kafkaBootstrap(),
					infrastructure.s3().endpoint());
			return infrastructure;
		}
		catch (RuntimeException ex) {
			failure = "Test infrastructure (" + backendName + ") did not start: " + ex.getMessage();
			throw new IllegalStateException(failure, ex);
		}
	}

	public Backend backend() {
		return this.backend;
	}

	/** Kafka {@code bootstrap.servers}. */
	public String kafkaBootstrap() {
		return this.services.kafkaBootstrap();
	}

	public S3Access s3() {
		return this.services.s3();
	}

	/** A MinIO client for the shared S3 server, closed at shutdown; do not close it. */
	public MinioClient minio() {
		return this.minio;
	}

	/**
	 * Creates a bucket no other test uses.
	 * @param prefix lower-case letters, digits and hyphens, at most 50 characters
	 * @return the new bucket's name: the prefix, a hyphen and a random suffix
	 */
	public String createBucket(String prefix) {
		if (!BUCKET_PREFIX.matcher(prefix).matches()) {
			throw new IllegalArgumentException("Bucket prefix must match " + BUCKET_PREFIX + ": '" + prefix + "'");
		}
		String bucket = prefix + "-" + randomHex(12);
		try {
			this.minio.makeBucket(MakeBucketArgs.builder().bucket(bucket).region(s3().region()).build());
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot create bucket " + bucket + " at " + s3().endpoint(), ex);
		}
		this.buckets.add(bucket);
		return bucket;
	}

	/** A topic prefix no other test uses, such as {@code it-1f2e3d4c-}. */
	public String newTopicPrefix() {
		String prefix = "it-" + randomHex(8) + "-";
		this.topicPrefixes.add(prefix);
		return prefix;
	}

	/**
	 * What a Spring context needs to use this infrastructure: Kafka bootstrap servers,
	 * the {@code livecd.s3.*} settings with a fresh bucket, and a fresh
	 * {@code livecd.events.topic-prefix}.
	 */
	public Map<String, Object> springProperties() {
		S3Access s3 = s3();
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.kafka.bootstrap-servers", kafkaBootstrap());
		properties.put("livecd.s3.endpoint", s3.endpoint());
		properties.put("livecd.s3.access-key", s3.accessKey());
		properties.put("livecd.s3.secret-key", s3.secretKey());
		properties.put("livecd.s3.region", s3.region());
		properties.put("livecd.s3.bucket", createBucket("livecd"));
		properties.put("livecd.events.topic-prefix", newTopicPrefix());
		return properties;
	}

	/**
	 * Closes the context at shutdown before the broker stops, so its consumers leave
	 * while the broker still answers.
	 */
	void closeBeforeStopping(ConfigurableApplicationContext context) {
		this.contexts.add(context);
	}

	private void stop() {
		long started = System.nanoTime();
		List<ConfigurableApplicationContext> open;
		synchronized (this.contexts) {
			open = new ArrayList<>(this.contexts);
		}
		for (ConfigurableApplicationContext context : open) {
			try {
				context.close();
			}
			catch (RuntimeException ex) {
				log.warn("Closing a test context before the infrastructure stops failed", ex);
			}
		}
		if (this.services.shared()) {
			Cleanup.topicsAndGroups(kafkaBootstrap(), this.topicPrefixes);
			Cleanup.buckets(this.minio, this.buckets);
		}
		try {
			this.minio.close();
		}
		catch (Exception ex) {
			log.debug("Closing the MinIO client failed", ex);
		}
		this.services.stop();
		log.info("Test infrastructure ({}) stopped in {} ms", this.backend.settingValue(),
				(System.nanoTime() - started) / 1_000_000);
	}

	private static String randomHex(int length) {
		return UUID.randomUUID().toString().replace("-", "").substring(0, length);
	}

}
