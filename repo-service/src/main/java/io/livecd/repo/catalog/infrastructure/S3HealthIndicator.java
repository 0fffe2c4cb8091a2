package io.livecd.repo.catalog.infrastructure;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** Up while the bucket answers. */
@Component("s3")
class S3HealthIndicator extends AbstractHealthIndicator {

	private final S3Objects s3;

	S3HealthIndicator(S3Objects s3) {
		super("S3 health check failed");
		this.s3 = s3;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		builder.withDetail("bucket", this.s3.bucket());
		if (this.s3.bucketExists()) {
			builder.up();
		}
		else {
			builder.down().withDetail("reason", "bucket does not exist");
		}
	}

}
