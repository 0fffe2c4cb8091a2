package io.livecd.stack;

import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;

/** Creates the system's bucket on the S3 server if it is not there yet. */
final class S3Bucket {

	private S3Bucket() {
	}

	/**
	 * Makes sure the bucket exists.
	 * @return whether it had to be created
	 */
	static boolean ensure(String endpoint, Credentials credentials, String bucket) {
		try (MinioClient client = MinioClient.builder()
			.endpoint(endpoint)
			.region(S3Server.REGION)
			.credentials(credentials.s3AccessKey(), credentials.s3SecretKey())
			.build()) {
			if (client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
				return false;
			}
			client.makeBucket(MakeBucketArgs.builder().bucket(bucket).region(S3Server.REGION).build());
			return true;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot create bucket " + bucket + " on " + endpoint + ": " + ex, ex);
		}
	}

}
