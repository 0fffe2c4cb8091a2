package io.livecd.build.publish.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.livecd.build.publish.application.ArtifactWrite;
import io.livecd.build.publish.application.StagingUnavailableException;
import io.livecd.build.publish.infrastructure.S3Objects.StoredObject;
import io.livecd.build.publish.model.BuildId;
import io.livecd.common.checksum.ChecksummingInputStream;
import io.livecd.common.event.Artifact;
import io.livecd.s3.GuardedPut;
import io.livecd.testkit.GeneratedContent;
import io.livecd.testkit.Infrastructure;
import io.livecd.testkit.S3Access;
import io.minio.MinioAsyncClient;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Artifacts of announced length staged as one streamed, guarded PUT against the test
 * kit's S3 server: visible only once committed, and nothing left behind otherwise.
 */
class StreamedStagingIT {

	private static final int BUFFER = 5 * 1024 * 1024;

	private static final long SIZE = 12L * 1024 * 1024 + 5;

	private static final BuildId ID = new BuildId("build_iso_speedtest_el8", 7);

	private static final String KEY = StagingKeys.artifact(ID, "d.img");

	private final Infrastructure infrastructure = Infrastructure.shared();

	private final String bucket = this.infrastructure.createBucket("streamed");

	private final ExecutorService senders = Executors.newCachedThreadPool();

	private StagingS3Client client;

	private S3Objects s3;

	@BeforeEach
	void connect() {
		S3Access access = this.infrastructure.s3();
		this.client = new StagingS3Client(MinioAsyncClient.builder()
			.endpoint(access.endpoint())
			.credentials(access.accessKey(), access.secretKey())
			.region(access.region())
			.build());
		this.s3 = new S3Objects(this.client, this.bucket, access.region());
	}

	@AfterEach
	void disconnect() throws Exception {
		this.senders.shutdownNow();
		this.client.close();
	}

	@Test
	void shouldMakeTheArtifactVisibleOnlyOnceCommitted() throws Exception {
		S3Staging staging = staging(this.infrastructure.s3().secretKey());
		ChecksummingInputStream content = new ChecksummingInputStream(GeneratedContent.of(SIZE, 1));

		Artifact received;
		try (ArtifactWrite write = staging.write(ID, "d.img", content, SIZE)) {
			received = new Artifact("d.img", content.bytes(), content.sha256());
			assertThat(received.size()).isEqualTo(SIZE);
			assertThat(this.s3.stat(KEY)).isEmpty();

			write.commit(received);
		}

		assertThat(this.s3.stat(KEY)).hasValueSatisfying((stored) -> assertThat(stored.size()).isEqualTo(SIZE));
		assertThat(staging.artifacts(ID)).containsExactly(received);
		assertThat(storedSha256()).isEqualTo(received.sha256());
	}

	@Test
	void shouldLeaveNothingWhenClosedWithoutACommit() throws Exception {
		S3Staging staging = staging(this.infrastructure.s3().secretKey());

		staging.write(ID, "d.img", GeneratedContent.of(SIZE, 2), SIZE).close();

		assertNothingStaged();
	}

	@Test
	void shouldLeaveNothingWhenTheClientGoesAwayMidBody() {
		S3Staging staging = staging(this.infrastructure.s3().secretKey());
		InputStream halfABody = new EndingEarly(GeneratedContent.of(SIZE, 3), SIZE / 2);

		assertThatThrownBy(() -> staging.write(ID, "d.img", halfABody, SIZE)).isInstanceOf(EOFException.class);

		assertNothingStaged();
	}

	@Test
	void shouldKeepTheArtifactItWouldReplaceWhenTheReplacementIsNotCommitted() throws Exception {
		S3Staging staging = staging(this.infrastructure.s3().secretKey());
		Artifact first = staged(staging, 4);

		staging.write(ID, "d.img", GeneratedContent.of(SIZE, 5), SIZE).close();

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(keys()).containsExactlyInAnyOrder(KEY, StagingKeys.checksum(ID, "d.img")));
		assertThat(staging.artifacts(ID)).containsExactly(first);
		assertThat(storedSha256()).isEqualTo(first.sha256());
	}

	@Test
	void shouldReadTheWholeBodyAndFailTheCommitWhenTheStoreRefusesThePut() throws Exception {
		S3Staging staging = staging("not-the-secret-key");
		ChecksummingInputStream content = new ChecksummingInputStream(GeneratedContent.of(SIZE, 6));

		try (ArtifactWrite write = staging.write(ID, "d.img", content, SIZE)) {
			assertThat(content.bytes()).isEqualTo(SIZE);

			Artifact received = new Artifact("d.img", content.bytes(), content.sha256());

			assertThatThrownBy(() -> write.commit(received)).isInstanceOf(StagingUnavailableException.class);
		}
		assertNothingStaged();
	}

	private S3Staging staging(String secretKey) {
		S3Access access = this.infrastructure.s3();
		GuardedPut put = new GuardedPut(this.client.http(), access.endpoint(), this.bucket, access.region(),
				access.accessKey(), secretKey);
		return new S3Staging(this.s3, new PartBuffers(2, BUFFER, Duration.ofSeconds(30)), 2, this.senders, put,
				this.senders, GuardedPut.MAX_LENGTH);
	}

	private static Artifact staged(S3Staging staging, long seed) throws IOException {
		ChecksummingInputStream content = new ChecksummingInputStream(GeneratedContent.of(SIZE, seed));
		try (ArtifactWrite write = staging.write(ID, "d.img", content, SIZE)) {
			Artifact received = new Artifact("d.img", content.bytes(), content.sha256());
			write.commit(received);
			return received;
		}
	}

	private void assertNothingStaged() {
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(keys()).isEmpty());
	}

	private List<String> keys() {
		return this.s3.list("").stream().map(StoredObject::key).toList();
	}

	private String storedSha256() throws IOException {
		try (ChecksummingInputStream stored = new ChecksummingInputStream(
				new ByteArrayInputStream(this.s3.read(KEY).orElseThrow()))) {
			stored.transferTo(OutputStream.nullOutputStream());
			return stored.sha256();
		}
	}

	/**
	 * A body whose client goes away after {@code after} bytes, as the servlet reports it.
	 */
	private static final class EndingEarly extends FilterInputStream {

		private long left;

		EndingEarly(InputStream in, long after) {
			super(in);
			this.left = after;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (this.left == 0) {
				throw new EOFException("the client went away");
			}
			int n = super.read(buffer, offset, (int) Math.min(length, this.left));
			this.left -= n;
			return n;
		}

	}

}
