package io.livecd.testkit;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.minio.BucketExistsArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What the external backend removes at the end of a run. */
class CleanupIT {

	private final Infrastructure infrastructure = Infrastructure.shared();

	@Test
	void shouldRemoveBucketsWithTheirObjects() throws Exception {
		MinioClient minio = this.infrastructure.minio();
		String bucket = this.infrastructure.createBucket("cleanup");
		byte[] content = { 1, 2, 3 };
		minio.putObject(PutObjectArgs.builder()
			.bucket(bucket)
			.object("a/b.bin")
			.stream(new ByteArrayInputStream(content), content.length, -1)
			.build());

		Cleanup.buckets(minio, List.of(bucket));

		assertThat(minio.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())).isFalse();
	}

	@Test
	void shouldDeleteOnlyTopicsAndGroupsWithTheGivenPrefixes() throws Exception {
		String prefix = this.infrastructure.newTopicPrefix();
		String kept = this.infrastructure.newTopicPrefix() + "kept";
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.infrastructure.kafkaBootstrap()))) {
			admin
				.createTopics(List.of(new NewTopic(prefix + "a", 1, (short) 1),
						new NewTopic(prefix + "b", 1, (short) 1), new NewTopic(kept, 1, (short) 1)))
				.all()
				.get(30, TimeUnit.SECONDS);
			commitOffset(admin, prefix + "group", new TopicPartition(kept, 0));
			commitOffset(admin, kept, new TopicPartition(kept, 0));

			Cleanup.topicsAndGroups(this.infrastructure.kafkaBootstrap(), Set.of(prefix));

			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				assertThat(admin.listTopics().names().get()).contains(kept)
					.noneMatch((topic) -> topic.startsWith(prefix));
				assertThat(admin.listGroups(ListGroupsOptions.forConsumerGroups()).all().get())
					.extracting(GroupListing::groupId)
					.contains(kept)
					.noneMatch((group) -> group.startsWith(prefix));
			});
		}
	}

	private static void commitOffset(Admin admin, String group, TopicPartition partition) throws Exception {
		admin.alterConsumerGroupOffsets(group, Map.of(partition, new OffsetAndMetadata(0)))
			.all()
			.get(30, TimeUnit.SECONDS);
	}

}
