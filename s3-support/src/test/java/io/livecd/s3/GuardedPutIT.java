package io.livecd.s3;

import io.livecd.testkit.GeneratedContent;
import io.livecd.testkit.Infrastructure;
import io.livecd.testkit.S3Access;
import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.errors.ErrorResponseException;
import io.minio.messages.Item;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class GuardedPutIT {

	private static final long SIZE = 3L * 1024 * 1024 + 17;

	private static final String KEY = "builds/job/d.img";

	private final Infrastructure infrastructure = Infrastructure.shared();

	private final MinioClient minio = this.infrastructure.minio();

	private final String bucket = this.infrastructure.createBucket("guarded");

	private final GuardedPut put = guardedPut(this.infrastructure.s3(), this.bucket);

	@Test
	void shouldWriteTheObjectWithItsMetadataWhenTheCheckPasses() throws Exception {
		boolean written = this.put.put(KEY, GeneratedContent.of(SIZE, 1), SIZE, Map.of("sha256", "abc"), () -> true);

		assertThat(written).isTrue();
		StatObjectResponse stat = stat(KEY);
		assertThat(stat.size()).isEqualTo(SIZE);
		assertThat(stat.userMetadata()).containsEntry("sha256", "abc");
		try (InputStream stored = this.minio.getObject(GetObjectArgs.builder().bucket(this.bucket).object(KEY).build());
				InputStream expected = GeneratedContent.of(SIZE, 1)) {
			assertThat(stored).hasSameContentAs(expected);
		}
	}

	@Test
	void shouldSendTheLastByteOnlyOnceTheCheckPasses() throws Exception {
		CountDownLatch decided = new CountDownLatch(1);
		CountDownLatch asked = new CountDownLatch(1);
		CompletableFuture<Boolean> written = CompletableFuture.supplyAsync(() -> {
			try {
				return this.put.put(KEY, GeneratedContent.of(SIZE, 2), SIZE, Map.of(), () -> {
					asked.countDown();
					return decision(decided);
				});
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		assertThat(asked.await(30, TimeUnit.SECONDS)).isTrue();

		assertThatThrownBy(() -> stat(KEY)).isInstanceOf(ErrorResponseException.class);
		decided.countDown();

		assertThat(written.get(30, TimeUnit.SECONDS)).isTrue();
		assertThat(stat(KEY).size()).isEqualTo(SIZE);
	}

	@Test
	void shouldLeaveNothingListableWhenTheCheckFails() throws Exception {
		boolean written = this.put.put(KEY, GeneratedContent.of(SIZE, 3), SIZE, Map.of(), () -> false);

		assertThat(written).isFalse();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(objects("builds/")).isEmpty());
		assertThat(objects("")).isEmpty();
	}

	@Test
	void shouldLeaveNothingListableWhenTheSourceEndsEarly() throws Exception {
		boolean written = this.put.put(KEY, GeneratedContent.of(SIZE - 1, 4), SIZE, Map.of(), () -> true);

		assertThat(written).isFalse();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(objects("builds/")).isEmpty());
	}

	@Test
	void shouldRefuseASourceLongerThanTheLength() throws Exception {
		boolean written = this.put.put(KEY, GeneratedContent.of(SIZE + 1, 5), SIZE, Map.of(), () -> true);

		assertThat(written).isFalse();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(objects("builds/")).isEmpty());
	}

	@Test
	void shouldKeepTheObjectItWouldHaveReplacedWhenRefused() throws Exception {
		byte[] previous = { 1, 2, 3 };
		this.minio.putObject(PutObjectArgs.builder()
			.bucket(this.bucket)
			.object(KEY)
			.stream(new ByteArrayInputStream(previous), previous.length, -1)
			.build());

		boolean written = this.put.put(KEY, GeneratedContent.of(SIZE, 6), SIZE, Map.of(), () -> false);

		assertThat(written).isFalse();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(objects("builds/")).containsExactly(KEY));
		assertThat(stat(KEY).size()).isEqualTo(previous.length);
	}

	@Test
	void shouldFailWhenTheStoreRefusesTheRequest() {
		GuardedPut wrongKey = new GuardedPut(new OkHttpClient(), this.infrastructure.s3().endpoint(), this.bucket,
				this.infrastructure.s3().region(), this.infrastructure.s3().accessKey(), "not-the-secret");

		assertThatThrownBy(() -> wrongKey.put(KEY, GeneratedContent.of(SIZE, 7), SIZE, Map.of(), () -> true))
			.hasMessageContaining("HTTP 403");
	}

	private StatObjectResponse stat(String key) throws Exception {
		return this.minio.statObject(StatObjectArgs.builder().bucket(this.bucket).object(key).build());
	}

	/** Every key under the prefix; fails when the store cannot list it. */
	private List<String> objects(String prefix) throws Exception {
		List<String> keys = new ArrayList<>();
		for (Result<Item> item : this.minio
			.listObjects(ListObjectsArgs.builder().bucket(this.bucket).prefix(prefix).recursive(true).build())) {
			keys.add(item.get().objectName());
		}
		return keys;
	}

	private static boolean decision(CountDownLatch latch) {
		try {
			return latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static GuardedPut guardedPut(S3Access s3, String bucket) {
		return new GuardedPut(new OkHttpClient(), s3.endpoint(), bucket, s3.region(), s3.accessKey(), s3.secretKey());
	}

}
