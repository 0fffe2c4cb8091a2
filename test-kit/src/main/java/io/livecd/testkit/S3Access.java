package io.livecd.testkit;

import io.minio.MinioClient;

/**
 * How to reach the shared S3 server.
 *
 * @param endpoint base URL, such as {@code http://127.0.0.1:41234}
 * @param accessKey access key (identity)
 * @param secretKey secret key (credential)
 * @param region region to sign requests for
 */
public record S3Access(String endpoint, String accessKey, String secretKey, String region) {

	/** A new MinIO client for this server; the caller closes it. */
	public MinioClient newMinioClient() {
		return MinioClient.builder()
			.endpoint(this.endpoint)
			.credentials(this.accessKey, this.secretKey)
			.region(this.region)
			.build();
	}

	@Override
	public String toString() {
		return "S3Access[endpoint=" + this.endpoint + ", accessKey=" + this.accessKey + ", region=" + this.region + "]";
	}

}
