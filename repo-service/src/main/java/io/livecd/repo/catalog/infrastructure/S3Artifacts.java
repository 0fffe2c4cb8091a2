package io.livecd.repo.catalog.infrastructure;

import io.livecd.common.checksum.ChecksummingInputStream;
import io.livecd.common.checksum.Sha256;
import io.livecd.common.event.Artifact;
import io.livecd.repo.catalog.application.Artifacts;
import io.livecd.repo.catalog.model.Measurement;
import io.minio.GetObjectResponse;
import io.minio.StatObjectResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * Staged and immutable artifacts in S3. Measuring streams the object in constant memory;
 * promoting is a server-side copy that fails if the staged object changed since it was
 * measured, and records the sha256 on the copy (up to 5 GiB) so it need not be read
 * again; without that record, the object is measured by reading it.
 */
class S3Artifacts implements Artifacts {

	static final String SHA256_METADATA = "sha256";

	private final S3Objects s3;

	S3Artifacts(S3Objects s3) {
		this.s3 = s3;
	}

	@Override
	public Optional<Measurement> measureStaged(String job, long build, String file) {
		return measure(S3Keys.staged(job, build, file));
	}

	@Override
	public Optional<Measurement> measurePublished(String job, String file) {
		String key = S3Keys.published(job, file);
		Optional<StatObjectResponse> stat = this.s3.stat(key);
		if (stat.isEmpty()) {
			return Optional.empty();
		}
		String recorded = stat.get().userMetadata().get(SHA256_METADATA);
		if (Sha256.isValid(recorded)) {
			return Optional.of(new Measurement(stat.get().size(), recorded, stat.get().etag()));
		}
		return measure(key);
	}

	@Override
	public void promote(String job, long build, Artifact artifact, String stagedVersion) {
		this.s3.copy(S3Keys.staged(job, build, artifact.name()), stagedVersion, artifact.size(),
				S3Keys.published(job, artifact.name()), Map.of(SHA256_METADATA, artifact.sha256()));
	}

	@Override
	public void delete(String job, String file) {
		this.s3.remove(S3Keys.published(job, file));
	}

	@Override
	public InputStream open(String job, String file, long offset, long length) throws IOException {
		return this.s3.get(S3Keys.published(job, file), offset, length);
	}

	private Optional<Measurement> measure(String key) {
		Optional<GetObjectResponse> object = this.s3.get(key);
		if (object.isEmpty()) {
			return Optional.empty();
		}
		try (GetObjectResponse response = object.get();
				ChecksummingInputStream in = new ChecksummingInputStream(response)) {
			in.transferTo(OutputStream.nullOutputStream());
			return Optional.of(new Measurement(in.bytes(), in.sha256(), etag(response)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("reading " + key + " failed", ex);
		}
	}

	private static String etag(GetObjectResponse response) {
		String etag = response.headers().get("ETag");
		return (etag != null) ? etag.replace("\"", "") : null;
	}

}
