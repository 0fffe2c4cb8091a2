package io.livecd.repo.catalog.infrastructure;

import io.minio.BucketExistsArgs;
import io.minio.ComposeObjectArgs;
import io.minio.ComposeSource;
import io.minio.CopyObjectArgs;
import io.minio.CopySource;
import io.minio.Directive;
import io.minio.GetObjectArgs;
import io.minio.GetObjectResponse;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.errors.ErrorResponseException;
import io.minio.messages.Item;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The bucket, through the MinIO SDK: its checked exceptions become {@link S3Failure}. */
class S3Objects {

	/** The largest object S3 copies in one request. */
	static final long MAX_SINGLE_COPY = 5L * 1024 * 1024 * 1024;

	private static final Set<String> MISSING = Set.of("NoSuchKey", "NoSuchObject", "NotFound");

	private final MinioClient minio;

	private final String bucket;

	S3Objects(MinioClient minio, String bucket) {
		this.minio = minio;
		this.bucket = bucket;
	}

	String bucket() {
		return this.bucket;
	}

	boolean bucketExists() {
		try {
			return this.minio.bucketExists(BucketExistsArgs.builder().bucket(this.bucket).build());
		}
		catch (Exception ex) {
			throw new S3Failure("bucket check", this.bucket, ex);
		}
	}

	void createBucketIfMissing(String region) {
		if (!bucketExists()) {
			try {
				this.minio.makeBucket(MakeBucketArgs.builder().bucket(this.bucket).region(region).build());
			}
			catch (Exception ex) {
				throw new S3Failure("bucket creation", this.bucket, ex);
			}
		}
	}

	Optional<StatObjectResponse> stat(String key) {
		try {
			return Optional.of(this.minio.statObject(StatObjectArgs.builder().bucket(this.bucket).object(key).build()));
		}
		catch (Exception ex) {
			if (isMissing(ex)) {
				return Optional.empty();
			}
			throw new S3Failure("stat", key, ex);
		}
	}

	/** The whole object, or empty when there is none; the caller closes it. */
	Optional<GetObjectResponse> get(String key) {
		try {
			return Optional.of(this.minio.getObject(GetObjectArgs.builder().bucket(this.bucket).object(key).build()));
		}
		catch (Exception ex) {
			if (isMissing(ex)) {
				return Optional.empty();
			}
			throw new S3Failure("read", key, ex);
		}
	}

	/** A window of the object, streamed; the caller closes it. */
	InputStream get(String key, long offset, long length) throws IOException {
		try {
			return this.minio.getObject(
					GetObjectArgs.builder().bucket(this.bucket).object(key).offset(offset).length(length).build());
		}
		catch (Exception ex) {
			if (isMissing(ex)) {
				throw new FileNotFoundException(key);
			}
			throw new IOException("S3 read of " + key + " failed: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Server-side copy within the bucket, only while the source still has
	 * {@code sourceETag}. Up to 5 GiB one copy request that gives the copy
	 * {@code metadata}; beyond, a multipart copy (S3 copies at most 5 GiB at once), whose
	 * result has no metadata.
	 */
	void copy(String source, String sourceETag, long size, String target, Map<String, String> metadata) {
		try {
			if (size <= MAX_SINGLE_COPY) {
				this.minio.copyObject(CopyObjectArgs.builder()
					.bucket(this.bucket)
					.object(target)
					.source(CopySource.builder().bucket(this.bucket).object(source).matchETag(sourceETag).build())
					.userMetadata(metadata)
					.metadataDirective(Directive.REPLACE)
					.build());
			}
			else {
				this.minio.composeObject(ComposeObjectArgs.builder()
					.bucket(this.bucket)
					.object(target)
					.sources(List
						.of(ComposeSource.builder().bucket(this.bucket).object(source).matchETag(sourceETag).build()))
					.build());
			}
		}
		catch (Exception ex) {
			throw new S3Failure("copy to " + target, source, ex);
		}
	}

	void put(String key, byte[] bytes, String contentType) {
		try {
			this.minio.putObject(PutObjectArgs.builder()
				.bucket(this.bucket)
				.object(key)
				.stream(new ByteArrayInputStream(bytes), bytes.length, -1)
				.contentType(contentType)
				.build());
		}
		catch (Exception ex) {
			throw new S3Failure("write", key, ex);
		}
	}

	void remove(String key) {
		try {
			this.minio.removeObject(RemoveObjectArgs.builder().bucket(this.bucket).object(key).build());
		}
		catch (Exception ex) {
			if (!isMissing(ex)) {
				throw new S3Failure("delete", key, ex);
			}
		}
	}

	List<String> list(String prefix) {
		List<String> keys = new ArrayList<>();
		try {
			for (Result<Item> result : this.minio
				.listObjects(ListObjectsArgs.builder().bucket(this.bucket).prefix(prefix).recursive(true).build())) {
				Item item = result.get();
				if (!item.isDir()) {
					keys.add(item.objectName());
				}
			}
		}
		catch (Exception ex) {
			throw new S3Failure("listing", prefix, ex);
		}
		return keys;
	}

	private static boolean isMissing(Exception ex) {
		return ex instanceof ErrorResponseException error && MISSING.contains(error.errorResponse().code());
	}

}
