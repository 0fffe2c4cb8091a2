package io.livecd.build;

import io.livecd.s3.GuardedPut;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Everything build-service is configured with, under {@code livecd}.
 *
 * @param s3 the S3 store that holds staging, published markers and the outbox
 * @param limits what one build may hold
 * @param staging how abandoned uploads are cleaned up
 * @param outbox how pending events are retried
 */
@Validated
@ConfigurationProperties("livecd")
public record BuildServiceProperties(@Valid @NotNull S3 s3, @Valid @DefaultValue Limits limits,
		@Valid @DefaultValue Staging staging, @Valid @DefaultValue Outbox outbox) {

	/** S3 allows at most this many parts in one multipart upload. */
	public static final int MAX_PARTS = 10_000;

	@AssertTrue(message = "livecd.limits.max-artifact-size must fit in 10000 parts of livecd.s3.part-size")
	boolean isPartSizeLargeEnough() {
		return this.s3 == null || this.limits == null
				|| this.limits.maxArtifactSize().toBytes() <= this.s3.partSize().toBytes() * MAX_PARTS;
	}

	/**
	 * @param endpoint the S3 endpoint URL
	 * @param accessKey the access key
	 * @param secretKey the secret key
	 * @param bucket the bucket, created at start-up when missing
	 * @param region the region requests are signed for
	 * @param partSize the size of each part of a multipart upload, and of each buffer
	 * @param partsInFlight how many parts of one upload are sent to S3 at once
	 * @param partBuffers how many part buffers all uploads share: the memory bound for
	 * uploads is {@code partBuffers x partSize}
	 * @param maxSinglePut the largest announced length staged as one streamed PUT (at
	 * most 5GB, what S3 takes in one PUT); longer or unannounced bodies go in parts, and
	 * {@code 0} sends every body larger than one part in parts
	 */
	public record S3(@NotBlank String endpoint, @NotBlank String accessKey, @NotBlank String secretKey,
			@DefaultValue("livecd") @NotBlank String bucket, @DefaultValue("us-east-1") @NotBlank String region,
			@DefaultValue("16MB") @NotNull DataSize partSize, @DefaultValue("2") @Min(1) @Max(8) int partsInFlight,
			@DefaultValue("4") @Min(1) int partBuffers, @DefaultValue("5GB") @NotNull DataSize maxSinglePut) {

		@AssertTrue(message = "livecd.s3.part-size must be between 5MB and 512MB")
		boolean isPartSizeValid() {
			return this.partSize == null || (this.partSize.toMegabytes() >= 5 && this.partSize.toMegabytes() <= 512);
		}

		@AssertTrue(message = "livecd.s3.max-single-put must be between 0 and 5GB")
		boolean isMaxSinglePutValid() {
			return this.maxSinglePut == null
					|| (this.maxSinglePut.toBytes() >= 0 && this.maxSinglePut.toBytes() <= GuardedPut.MAX_LENGTH);
		}

		/** Without the secret key, should the settings ever be logged. */
		@Override
		public String toString() {
			return "S3[endpoint=" + this.endpoint + ", accessKey=" + this.accessKey + ", secretKey=*****, bucket="
					+ this.bucket + ", region=" + this.region + ", partSize=" + this.partSize + ", partsInFlight="
					+ this.partsInFlight + ", partBuffers=" + this.partBuffers + ", maxSinglePut=" + this.maxSinglePut
					+ "]";
		}

	}

	/**
	 * @param maxArtifactSize the largest artifact accepted
	 * @param maxArtifacts the most artifacts one build may have
	 */
	public record Limits(@DefaultValue("16GB") @NotNull DataSize maxArtifactSize,
			@DefaultValue("32") @Min(1) int maxArtifacts) {

	}

	/**
	 * @param sweepInterval how often abandoned staging is looked for
	 * @param maxAge how long an unpublished build may stay without any upload
	 */
	public record Staging(@DefaultValue("1h") @NotNull Duration sweepInterval,
			@DefaultValue("24h") @NotNull Duration maxAge) {

	}

	/**
	 * @param relayInterval how often events that could not be sent are sent again
	 */
	public record Outbox(@DefaultValue("30s") @NotNull Duration relayInterval) {

	}

}
