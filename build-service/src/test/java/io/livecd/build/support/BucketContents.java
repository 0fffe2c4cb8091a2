package io.livecd.build.support;

import io.livecd.testkit.Infrastructure;
import io.minio.ListObjectsArgs;
import io.minio.Result;
import io.minio.messages.Item;
import java.util.ArrayList;
import java.util.List;

/**
 * The keys in a test's bucket, s3proxy's own multipart bookkeeping objects included
 * (s3proxy lists those, under {@code .mpus-}, only when asked for that prefix).
 */
public final class BucketContents {

	private BucketContents() {
	}

	public static List<String> keys(String bucket) {
		List<String> keys = keys(bucket, "");
		keys.addAll(keys(bucket, ".mpus-"));
		return keys;
	}

	private static List<String> keys(String bucket, String prefix) {
		List<String> keys = new ArrayList<>();
		Iterable<Result<Item>> results = Infrastructure.shared()
			.minio()
			.listObjects(ListObjectsArgs.builder().bucket(bucket).prefix(prefix).recursive(true).build());
		try {
			for (Result<Item> result : results) {
				keys.add(result.get().objectName());
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot list bucket " + bucket, ex);
		}
		return keys;
	}

}
