package io.livecd.repo;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Everything repo-service is configured with, under {@code livecd}.
 *
 * @param s3 the bucket that holds staging, the immutable builds and the manifests
 * @param aliases the aliases operators declared
 * @param retention how many builds of each job are kept
 * @param http caching of what the central repository serves
 * @param restore how the catalog is rebuilt at start-up
 */
@Validated
@ConfigurationProperties("livecd")
public record RepoServiceProperties(@Valid @NotNull S3 s3, @Valid @DefaultValue List<Alias> aliases,
		@Valid @DefaultValue Retention retention, @Valid @DefaultValue Http http,
		@Valid @DefaultValue Restore restore) {

	/**
	 * @param endpoint the S3 endpoint URL
	 * @param accessKey the access key
	 * @param secretKey the secret key
	 * @param bucket the bucket, created at start-up when missing
	 * @param region the region requests are signed for
	 */
	public record S3(@NotBlank String endpoint, @NotBlank String accessKey, @NotBlank String secretKey,
			@DefaultValue("livecd") @NotBlank String bucket, @DefaultValue("us-east-1") @NotBlank String region) {

		/** Without the secret key, should the settings ever be logged. */
		@Override
		public String toString() {
			return "S3[endpoint=" + this.endpoint + ", accessKey=" + this.accessKey + ", secretKey=*****, bucket="
					+ this.bucket + ", region=" + this.region + "]";
		}

	}

	/**
	 * An alias: {@code name} follows the newest verified build of {@code job}, naming its
	 * file that matches the glob {@code pattern}.
	 */
	public record Alias(@NotBlank String name, @NotBlank String job, @NotBlank String pattern) {

	}

	/**
	 * @param keep successful builds kept per job, besides those an alias, a pin or a
	 * Foreman parameter still needs
	 */
	public record Retention(@DefaultValue("3") @Min(1) int keep) {

	}

	/**
	 * @param buildMaxAge {@code Cache-Control} max-age of build files (immutable)
	 * @param aliasMaxAge {@code Cache-Control} max-age of alias URLs, which move
	 */
	public record Http(@DefaultValue("365d") @NotNull Duration buildMaxAge,
			@DefaultValue("30s") @NotNull Duration aliasMaxAge) {

	}

	/**
	 * @param timeout how long start-up waits for the broker while reading the log
	 */
	public record Restore(@DefaultValue("60s") @NotNull Duration timeout) {

	}

}
