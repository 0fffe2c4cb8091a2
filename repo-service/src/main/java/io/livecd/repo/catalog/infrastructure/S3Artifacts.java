package io.livecd.repo.catalog.infrastructure;

import io.livecd.common.checksum.ChecksummingInputStream;
import io.livecd.common.checksum.Sha256;
import io.livecd.common.event.Artifact;
import io.livecd.repo.catalog.application.Artifacts;
import io.livecd.repo.catalog.model.Measurement;
import io.livecd.s3.GuardedPut;
import io.minio.GetObjectResponse;
import io.minio.StatObjectResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Staged and immutable artifacts in S3. Measuring streams the object in constant memory.
 * Promoting reads the staged object once: its bytes are hashed on their way into a PUT of
 * the immutable key that is cut off before its last byte unless size and sha256 match the
 * manifest, and the copy records the sha256 so it need not be read again. Beyond the
 * largest single PUT (5 GiB), and for empty files, the object is measured first and then
 * copied server-side, only if it is still the measured version (a multipart copy, whose
 * result has no recorded sha256; it is measured by reading it).
 */
class S3Artifacts implements Artifacts {

	static final String SHA256_METADATA = "sha256";

	private static final Logger log = LoggerFactory.getLogger(S3Artifacts.class);

	private final S3Objects s3;

	private final GuardedPut put;

	S3Artifacts(S3Objects s3, GuardedPut put) {
		this.s3 = s3;
		this.put = put;
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
	public Optional<Measurement> copyVerified(String job, long build, Artifact declared) {
		String source = S3Keys.staged(job, build, declared.name());
		String target = S3Keys.published(job, declared.name());
		if (declared.size() == 0 || declared.size() > GuardedPut.MAX_LENGTH) {
			return measureThenCopy(source, target, declared);
		}
		long started = System.nanoTime();
		Optional<GetObjectResponse> object = this.s3.get(source);
		if (object.isEmpty()) {
			return Optional.empty();
		}
		try (GetObjectResponse response = object.get();
				ChecksummingInputStream in = new ChecksummingInputStream(response)) {
			AtomicReference<String> sha256 = new AtomicReference<>();
			boolean copied = put(target, in, declared, () -> {
				sha256.set(in.sha256());
				return sha256.get().equals(declared.sha256());
			});
			if (sha256.get() == null) {
				in.transferTo(OutputStream.nullOutputStream());
				sha256.set(in.sha256());
			}
			log.debug("Read {} bytes of {} and {} them in {} ms", in.bytes(), source, copied ? "copied" : "refused",
					(System.nanoTime() - started) / 1_000_000);
			return Optional.of(new Measurement(in.bytes(), sha256.get(), etag(response)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("reading " + source + " failed", ex);
		}
	}

	private boolean put(String target, ChecksummingInputStream in, Artifact declared, BooleanSupplier check) {
		try {
			return this.put.put(target, in, declared.size(), Map.of(SHA256_METADATA, declared.sha256()), check);
		}
		catch (IOException ex) {
			throw new S3Failure("write", target, ex);
		}
	}

	private Optional<Measurement> measureThenCopy(String source, String target, Artifact declared) {
		Optional<Measurement> measured = measure(source);
		measured.filter((m) -> m.size() == declared.size() && m.sha256().equals(declared.sha256()))
			.ifPresent((m) -> this.s3.copy(source, m.version(), declared.size(), target,
					Map.of(SHA256_METADATA, declared.sha256())));
		return measured;
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
