package io.livecd.build.publish.infrastructure;

import io.livecd.build.publish.application.StagingUnavailableException;
import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.RemoveObjectsArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.messages.DeleteError;
import io.minio.messages.DeleteObject;
import io.minio.messages.Item;
import io.minio.messages.Part;
import io.minio.messages.Upload;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The S3 calls staging needs, on one bucket. Every store failure becomes a
 * {@link StagingUnavailableException}; a missing object is an empty result.
 */
class S3Objects {

	private final StagingS3Client client;

	private final String bucket;

	private final String region;

	S3Objects(StagingS3Client client, String bucket, String region) {
		this.client = client;
		this.bucket = bucket;
		this.region = region;
	}

	String bucket() {
		return this.bucket;
	}

	boolean bucketExists() {
		return S3Calls.await("check bucket " + this.bucket,
				() -> this.client.bucketExists(BucketExistsArgs.builder().bucket(this.bucket).build()));
	}

	void createBucket() {
		S3Calls.await("create bucket " + this.bucket,
				() -> this.client.makeBucket(MakeBucketArgs.builder().bucket(this.bucket).region(this.region).build()));
	}

	Optional<byte[]> read(String key) {
		return S3Calls.awaitFound("read " + key,
				() -> this.client
					.getObject(GetObjectArgs.builder().bucket(this.bucket).region(this.region).object(key).build())
					.thenApply(S3Objects::readFully));
	}

	void write(String key, byte[] bytes) {
		putBytes(key, bytes, bytes.length);
	}

	Optional<StoredObject> stat(String key) {
		return S3Calls.awaitFound("stat " + key,
				() -> this.client
					.statObject(StatObjectArgs.builder().bucket(this.bucket).region(this.region).object(key).build())
					.thenApply((s) -> new StoredObject(key, s.size(), etag(s.etag()), s.lastModified().toInstant())));
	}

	/** Every object under the prefix, at any depth. */
	List<StoredObject> list(String prefix) {
		List<StoredObject> objects = new ArrayList<>();
		Iterable<Result<Item>> results = this.client.listObjects(ListObjectsArgs.builder()
			.bucket(this.bucket)
			.region(this.region)
			.prefix(prefix)
			.recursive(true)
			.build());
		for (Result<Item> result : results) {
			Item item = S3Calls.await("list " + prefix, () -> CompletableFuture.completedFuture(result.get()));
			if (!item.isDir()) {
				objects.add(new StoredObject(item.objectName(), item.size(), etag(item.etag()),
						item.lastModified().toInstant()));
			}
		}
		return objects;
	}

	void delete(Collection<String> keys) {
		if (keys.isEmpty()) {
			return;
		}
		List<DeleteObject> objects = keys.stream().map(DeleteObject::new).toList();
		Iterable<Result<DeleteError>> errors = this.client.removeObjects(
				RemoveObjectsArgs.builder().bucket(this.bucket).region(this.region).objects(objects).build());
		for (Result<DeleteError> error : errors) {
			DeleteError failed = S3Calls.await("delete objects", () -> CompletableFuture.completedFuture(error.get()));
			throw new StagingUnavailableException("cannot delete " + failed.objectName() + ": " + failed.message(),
					null);
		}
	}

	String startUpload(String key) {
		return S3Calls
			.await("start upload of " + key,
					() -> this.client.createMultipartUploadAsync(this.bucket, this.region, key, null, null))
			.result()
			.uploadId();
	}

	CompletableFuture<Part> uploadPart(String key, String uploadId, int number, byte[] bytes, int length) {
		try {
			return this.client.uploadPart(this.bucket, this.region, key, uploadId, number, bytes, length)
				.thenApply((etag) -> new Part(number, etag));
		}
		catch (Exception ex) {
			throw new StagingUnavailableException("S3 failed to upload part " + number + " of " + key, ex);
		}
	}

	void completeUpload(String key, String uploadId, List<Part> parts) {
		S3Calls.await("complete upload of " + key, () -> this.client.completeMultipartUploadAsync(this.bucket,
				this.region, key, uploadId, parts.toArray(Part[]::new), null, null));
	}

	void abortUpload(String key, String uploadId) {
		S3Calls.awaitFound("abort upload of " + key,
				() -> this.client.abortMultipartUploadAsync(this.bucket, this.region, key, uploadId, null, null));
	}

	void putBytes(String key, byte[] bytes, int length) {
		S3Calls.await("write " + key, () -> this.client.putBytes(this.bucket, this.region, key, bytes, length));
	}

	/** Multipart uploads under the prefix; throws when the server cannot list them. */
	List<Upload> uploads(String prefix) {
		List<Upload> uploads = new ArrayList<>();
		String keyMarker = null;
		String uploadIdMarker = null;
		boolean truncated = true;
		while (truncated) {
			String key = keyMarker;
			String id = uploadIdMarker;
			var result = S3Calls
				.await("list uploads under " + prefix,
						() -> this.client.listMultipartUploadsAsync(this.bucket, this.region, null, null, key, 1000,
								prefix, id, null, null))
				.result();
			uploads.addAll(result.uploads());
			truncated = result.isTruncated();
			keyMarker = result.nextKeyMarker();
			uploadIdMarker = result.nextUploadIdMarker();
		}
		return uploads;
	}

	private static byte[] readFully(InputStream in) {
		try (in) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new CompletionException(ex);
		}
	}

	private static String etag(String etag) {
		return (etag != null) ? etag.replace("\"", "") : "";
	}

	/**
	 * An object as S3 lists it.
	 *
	 * @param key its key
	 * @param size its size in bytes
	 * @param etag its ETag, without quotes
	 * @param lastModified when it was written
	 */
	record StoredObject(String key, long size, String etag, Instant lastModified) {

	}

}
