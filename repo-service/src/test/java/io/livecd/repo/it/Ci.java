package io.livecd.repo.it;

import io.livecd.common.event.BuildPaths;
import io.livecd.common.checksum.Sha256;
import io.livecd.common.event.Artifact;
import io.livecd.common.event.BuildCompleted;
import io.livecd.kafka.EventPublisher;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Plays build-service: stages artifacts under
 * {@code staging/{job}/{build}/artifacts/{file}} with the MinIO SDK and announces the
 * build with {@code build.completed}.
 */
public final class Ci {

	private final MinioClient minio;

	private final String bucket;

	private final EventPublisher events;

	public Ci(MinioClient minio, String bucket, EventPublisher events) {
		this.minio = minio;
		this.bucket = bucket;
		this.events = events;
	}

	/** The bytes of a file of a build: distinct per job, build and file, a few KiB. */
	public static byte[] content(String job, long build, String file) {
		return (job + "/" + build + "/" + file + "\n").repeat(97).getBytes(StandardCharsets.UTF_8);
	}

	public void stage(String job, long build, String file, byte[] bytes) throws Exception {
		stage(job, build, file, new ByteArrayInputStream(bytes), bytes.length);
	}

	public void stage(String job, long build, String file, InputStream in, long size) throws Exception {
		this.minio.putObject(PutObjectArgs.builder()
			.bucket(this.bucket)
			.object(BuildPaths.staged(job, build, file))
			.stream(in, size, -1)
			.build());
	}

	/** Stages the true bytes of each file and returns the event announcing them. */
	public BuildCompleted stageBuild(String job, long build, String... files) throws Exception {
		List<Artifact> artifacts = new ArrayList<>();
		for (String file : files) {
			byte[] bytes = content(job, build, file);
			stage(job, build, file, bytes);
			artifacts.add(new Artifact(file, bytes.length, Sha256.of(bytes)));
		}
		return completed(job, build, artifacts);
	}

	public static BuildCompleted completed(String job, long build, List<Artifact> artifacts) {
		return new BuildCompleted(UUID.randomUUID().toString(), Instant.now(), job, build, "speedtest", "5.14.0",
				"abc123", "https://ci.example/job/" + job + "/" + build, artifacts);
	}

	public void announce(BuildCompleted completed) {
		this.events.publish(completed);
	}

	public BuildCompleted publish(String job, long build, String... files) throws Exception {
		BuildCompleted completed = stageBuild(job, build, files);
		announce(completed);
		return completed;
	}

}
