package io.livecd.build.publish.infrastructure;

import io.minio.MinioAsyncClient;
import io.minio.ObjectWriteResponse;
import java.util.concurrent.CompletableFuture;

/**
 * The MinIO client plus the one call its public API lacks: a PUT of the first
 * {@code length} bytes of an array, without copying them into another buffer.
 */
class StagingS3Client extends MinioAsyncClient {

	StagingS3Client(MinioAsyncClient client) {
		super(client);
	}

	CompletableFuture<ObjectWriteResponse> putBytes(String bucket, String region, String key, byte[] bytes, int length)
			throws Exception {
		return putObjectAsync(bucket, region, key, bytes, length, null, null);
	}

}
