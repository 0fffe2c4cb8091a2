package io.livecd.build.support;

import io.livecd.testkit.Infrastructure;
import io.minio.ListObjectsArgs;
import io.minio.Result;
import io.minio.messages.Item;
import java.util.ArrayList;
import java.util.List;

/** The keys in a test's bucket, s3proxy's own multipart bookkeeping objects included. */
public final class BucketContents {

	private BucketContents() {
	}

	public static List<String> keys(String bucket) {
		List<String> keys = new ArrayList<>();
		Iterable<Result<Item>> results = Infrastructure.shared()
			.minio()
			.listObjects(ListObjectsArgs.builder().bucket(bucket).recursive(true).build());
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
