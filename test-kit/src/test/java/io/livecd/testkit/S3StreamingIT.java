package io.livecd.testkit;

import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

import io.minio.GetObjectArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.StatObjectArgs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class S3StreamingIT {

	private static final long SIZE = 64L * 1024 * 1024;

	private static final long PART_SIZE = 16L * 1024 * 1024;

	private final Infrastructure infrastructure = Infrastructure.shared();

	@Test
	void shouldReturnTheSameBytesItStoredForAStreamedObject() throws Exception {
		MinioClient minio = this.infrastructure.minio();
		String bucket = this.infrastructure.createBucket("streaming");
		MessageDigest uploaded = MessageDigest.getInstance("SHA-256");
		try (InputStream content = new DigestInputStream(GeneratedContent.of(SIZE, 42), uploaded)) {
			minio.putObject(PutObjectArgs.builder()
				.bucket(bucket)
				.object("builds/job/image.squashfs")
				.stream(content, SIZE, PART_SIZE)
				.build());
		}
		MessageDigest downloaded = MessageDigest.getInstance("SHA-256");
		try (InputStream content = new DigestInputStream(
				minio.getObject(GetObjectArgs.builder().bucket(bucket).object("builds/job/image.squashfs").build()),
				downloaded)) {
			assertThat(content.transferTo(OutputStream.nullOutputStream())).isEqualTo(SIZE);
		}
		long stored = minio
			.statObject(StatObjectArgs.builder().bucket(bucket).object("builds/job/image.squashfs").build())
			.size();

		assertThat(stored).isEqualTo(SIZE);
		assertThat(HexFormat.of().formatHex(downloaded.digest()))
			.isEqualTo(HexFormat.of().formatHex(uploaded.digest()));
	}

}
