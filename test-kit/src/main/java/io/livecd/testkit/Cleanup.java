package io.livecd.testkit;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.RemoveBucketArgs;
import io.minio.RemoveObjectsArgs;
import io.minio.Result;
import io.minio.messages.DeleteError;
import io.minio.messages.DeleteObject;
import io.minio.messages.Item;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes what a test run created on a shared broker and S3 server. Best effort: a
 * failure is logged and the rest goes on.
 */
final class Cleanup {

	private static final Logger log = LoggerFactory.getLogger(Cleanup.class);

	private Cleanup() {
	}

	/**
	 * Deletes the topics and consumer groups named with one of the prefixes: groups carry
	 * the topic prefix too.
	 */
	static void topicsAndGroups(String bootstrap, Set<String> prefixes) {
		if (prefixes.isEmpty()) {
			return;
		}
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
			topics(admin, prefixes);
			groups(admin, prefixes);
		}
	}

	private static void topics(Admin admin, Set<String> prefixes) {
		try {
			Set<String> topics = admin.listTopics()
				.names()
				.get(30, TimeUnit.SECONDS)
				.stream()
				.filter((topic) -> prefixes.stream().anyMatch(topic::startsWith))
				.collect(Collectors.toSet());
			admin.deleteTopics(topics).all().get(30, TimeUnit.SECONDS);
			log.info("Deleted {} test topics", topics.size());
		}
		catch (Exception ex) {
			log.warn("Could not delete test topics with prefixes {}", prefixes, ex);
		}
	}

	private static void groups(Admin admin, Set<String> prefixes) {
		try {
			Set<String> groups = admin.listGroups(ListGroupsOptions.forConsumerGroups())
				.all()
				.get(30, TimeUnit.SECONDS)
				.stream()
				.map(GroupListing::groupId)
				.filter((group) -> prefixes.stream().anyMatch(group::startsWith))
				.collect(Collectors.toSet());
			admin.deleteConsumerGroups(groups).all().get(30, TimeUnit.SECONDS);
			log.info("Deleted {} test consumer groups", groups.size());
		}
		catch (Exception ex) {
			log.warn("Could not delete test consumer groups with prefixes {}", prefixes, ex);
		}
	}

	static void buckets(MinioClient minio, Collection<String> buckets) {
		for (String bucket : buckets) {
			try {
				List<DeleteObject> objects = StreamSupport
					.stream(minio.listObjects(ListObjectsArgs.builder().bucket(bucket).recursive(true).build())
						.spliterator(), false)
					.map(Cleanup::objectName)
					.map(DeleteObject::new)
					.toList();
				for (Result<DeleteError> error : minio
					.removeObjects(RemoveObjectsArgs.builder().bucket(bucket).objects(objects).build())) {
					log.warn("Could not delete {} from {}: {}", error.get().objectName(), bucket,
							error.get().message());
				}
				minio.removeBucket(RemoveBucketArgs.builder().bucket(bucket).build());
			}
			catch (Exception ex) {
				log.warn("Could not remove test bucket {}", bucket, ex);
			}
		}
	}

	private static String objectName(Result<Item> result) {
		try {
			return result.get().objectName();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot list objects", ex);
		}
	}

}
