package io.livecd.repo.catalog.infrastructure;

import io.livecd.common.event.BuildPaths;
import static org.assertj.core.api.Assertions.assertThat;

import io.livecd.common.checksum.Sha256;
import io.livecd.common.event.Artifact;
import io.livecd.repo.catalog.model.Measurement;
import io.livecd.repo.it.RepoServiceTest;
import io.livecd.testkit.GeneratedContent;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.StatObjectArgs;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

@RepoServiceTest
class S3ArtifactsIT {

	private static final String JOB = "it_s3";

	@Autowired
	private S3Artifacts artifacts;

	@Autowired
	private MinioClient minio;

	@Value("${livecd.s3.bucket}")
	private String bucket;

	private void put(String key, byte[] bytes) throws Exception {
		this.minio.putObject(PutObjectArgs.builder()
			.bucket(this.bucket)
			.object(key)
			.stream(new ByteArrayInputStream(bytes), bytes.length, -1)
			.build());
	}

	@Test
	void shouldMeasureStagedObjectByStreamingIt() throws Exception {
		byte[] bytes = "staged bytes".getBytes(StandardCharsets.UTF_8);
		put(BuildPaths.staged(JOB, 1, "a.img"), bytes);

		Measurement measured = this.artifacts.measureStaged(JOB, 1, "a.img").orElseThrow();

		assertThat(measured.size()).isEqualTo(bytes.length);
		assertThat(measured.sha256()).isEqualTo(Sha256.of(bytes));
		assertThat(measured.version()).isNotBlank();
		assertThat(this.artifacts.measureStaged(JOB, 1, "missing.img")).isEmpty();
	}

	@Test
	void shouldCopyInOnePassWithTheChecksumRecordedOnTheCopy() throws Exception {
		byte[] bytes = "promoted bytes".getBytes(StandardCharsets.UTF_8);
		put(BuildPaths.staged(JOB, 2, "b.img"), bytes);

		Optional<Measurement> read = this.artifacts.copyVerified(JOB, 2,
				new Artifact("b.img", bytes.length, Sha256.of(bytes)));

		assertThat(read).hasValueSatisfying((m) -> {
			assertThat(m.size()).isEqualTo(bytes.length);
			assertThat(m.sha256()).isEqualTo(Sha256.of(bytes));
		});
		assertThat(this.minio
			.statObject(StatObjectArgs.builder().bucket(this.bucket).object("builds/" + JOB + "/b.img").build())
			.userMetadata()).containsEntry(S3Artifacts.SHA256_METADATA, Sha256.of(bytes));
		assertThat(this.artifacts.measurePublished(JOB, "b.img"))
			.hasValueSatisfying((m) -> assertThat(m.sha256()).isEqualTo(Sha256.of(bytes)));
		try (InputStream in = this.artifacts.open(JOB, "b.img", 3, 5)) {
			assertThat(in.readAllBytes()).isEqualTo("moted".getBytes(StandardCharsets.UTF_8));
		}
	}

	@Test
	void shouldWriteNothingWhenTheStagedBytesDifferFromTheManifest() throws Exception {
		byte[] staged = GeneratedContent.of(3L << 20, 5).readAllBytes();
		byte[] declared = staged.clone();
		declared[declared.length - 1] ^= 1;
		put(BuildPaths.staged(JOB, 3, "c.img"), staged);

		Optional<Measurement> read = this.artifacts.copyVerified(JOB, 3,
				new Artifact("c.img", declared.length, Sha256.of(declared)));

		assertThat(read).hasValueSatisfying((m) -> assertThat(m.sha256()).isEqualTo(Sha256.of(staged)));
		assertThat(this.artifacts.measurePublished(JOB, "c.img")).isEmpty();
	}

	@Test
	void shouldWriteNothingWhenTheStagedObjectIsShorterOrLongerThanTheManifest() throws Exception {
		byte[] staged = GeneratedContent.of(2L << 20, 6).readAllBytes();
		put(BuildPaths.staged(JOB, 4, "d.img"), staged);

		Optional<Measurement> shorter = this.artifacts.copyVerified(JOB, 4,
				new Artifact("d.img", staged.length + 1, Sha256.of(staged)));
		Optional<Measurement> longer = this.artifacts.copyVerified(JOB, 4,
				new Artifact("d.img", staged.length - 1, Sha256.of(staged)));

		assertThat(shorter).hasValueSatisfying((m) -> assertThat(m.size()).isEqualTo(staged.length));
		assertThat(longer).hasValueSatisfying((m) -> {
			assertThat(m.size()).isEqualTo(staged.length);
			assertThat(m.sha256()).isEqualTo(Sha256.of(staged));
		});
		assertThat(this.artifacts.measurePublished(JOB, "d.img")).isEmpty();
		assertThat(this.artifacts.copyVerified(JOB, 4, new Artifact("missing.img", 1, Sha256.of(new byte[1]))))
			.isEmpty();
	}

	@Test
	void shouldCopyAnEmptyFileServerSideOnceMeasured() throws Exception {
		put(BuildPaths.staged(JOB, 5, "e.img"), new byte[0]);

		assertThat(this.artifacts.copyVerified(JOB, 5, new Artifact("e.img", 0, Sha256.of(new byte[0]))))
			.hasValueSatisfying((m) -> assertThat(m.size()).isZero());
		assertThat(this.artifacts.measurePublished(JOB, "e.img"))
			.hasValueSatisfying((m) -> assertThat(m.sha256()).isEqualTo(Sha256.of(new byte[0])));
	}

	@Test
	void shouldMeasurePublishedObjectWithoutRecordedChecksumByReadingIt() throws Exception {
		byte[] bytes = "copied by hand".getBytes(StandardCharsets.UTF_8);
		put("builds/" + JOB + "/d.img", bytes);

		assertThat(this.artifacts.measurePublished(JOB, "d.img"))
			.hasValueSatisfying((m) -> assertThat(m.sha256()).isEqualTo(Sha256.of(bytes)));
	}

}
