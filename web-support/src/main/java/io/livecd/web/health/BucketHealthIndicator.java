package io.livecd.web.health;

import java.util.function.BooleanSupplier;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Up while the S3 bucket answers: a service declares it as
 * {@code @Bean("s3") new BucketHealthIndicator(bucket, s3::bucketExists)}.
 */
public class BucketHealthIndicator extends AbstractHealthIndicator {

	private final String bucket;

	private final BooleanSupplier exists;

	public BucketHealthIndicator(String bucket, BooleanSupplier exists) {
		super("S3 health check failed");
		this.bucket = bucket;
		this.exists = exists;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		builder.withDetail("bucket", this.bucket);
		if (this.exists.getAsBoolean()) {
			builder.up();
		}
		else {
			builder.down().withDetail("reason", "bucket does not exist");
		}
	}

}
