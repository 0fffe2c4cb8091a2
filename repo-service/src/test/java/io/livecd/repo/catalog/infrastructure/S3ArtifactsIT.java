package io.livecd.repo.catalog.infrastructure;

import io.livecd.common.event.BuildPaths;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.livecd.common.checksum.Sha256;
import io.livecd.common.event.Artifact;
import io.livecd.repo.catalog.model.Measurement;
import io.livecd.repo.it.RepoServiceTest;
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
	void shouldPromoteWithTheChecksumRecordedOnTheCopy() throws Exception {
		byte[] bytes = "promoted bytes".getBytes(StandardCharsets.UTF_8);
		put(BuildPaths.staged(JOB, 2, "b.img"), bytes);
		Measurement measured = this.artifacts.measureStaged(JOB, 2, "b.img").orElseThrow();

		this.artifacts.promote(JOB, 2, new Artifact("b.img", bytes.length, Sha256.of(bytes)), measured.version());

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
	void shouldRefuseToPromoteAStagedObjectThatChangedAfterItWasMeasured() throws Exception {
		put(BuildPaths.staged(JOB, 3, "c.img"), "first".getBytes(StandardCharsets.UTF_8));
		Measurement measured = this.artifacts.measureStaged(JOB, 3, "c.img").orElseThrow();
		put(BuildPaths.staged(JOB, 3, "c.img"), "swapped".getBytes(StandardCharsets.UTF_8));

		assertThatThrownBy(() -> this.artifacts.promote(JOB, 3,
				new Artifact("c.img", 5, Sha256.of("first".getBytes(StandardCharsets.UTF_8))), measured.version()))
			.isInstanceOf(S3Failure.class);
		assertThat(this.artifacts.measurePublished(JOB, "c.img")).isEqualTo(Optional.empty());
	}

	@Test
	void shouldMeasurePublishedObjectWithoutRecordedChecksumByReadingIt() throws Exception {
		byte[] bytes = "copied by hand".getBytes(StandardCharsets.UTF_8);
		put("builds/" + JOB + "/d.img", bytes);

		assertThat(this.artifacts.measurePublished(JOB, "d.img"))
			.hasValueSatisfying((m) -> assertThat(m.sha256()).isEqualTo(Sha256.of(bytes)));
	}

}
