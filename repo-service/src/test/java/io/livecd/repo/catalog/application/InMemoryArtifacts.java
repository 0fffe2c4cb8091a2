package io.livecd.repo.catalog.application;

import io.livecd.common.event.BuildPaths;
import io.livecd.common.checksum.Sha256;
import io.livecd.common.event.Artifact;
import io.livecd.repo.catalog.model.Measurement;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** An object store in memory, with versions like S3 ETags. */
class InMemoryArtifacts implements Artifacts {

	final Map<String, byte[]> objects = new HashMap<>();

	int copies;

	void stage(String job, long build, String file, byte[] bytes) {
		this.objects.put(BuildPaths.staged(job, build, file), bytes);
	}

	Optional<byte[]> published(String job, String file) {
		return Optional.ofNullable(this.objects.get("builds/" + job + "/" + file));
	}

	@Override
	public Optional<Measurement> measureStaged(String job, long build, String file) {
		return measure(BuildPaths.staged(job, build, file));
	}

	@Override
	public Optional<Measurement> measurePublished(String job, String file) {
		return measure("builds/" + job + "/" + file);
	}

	@Override
	public Optional<Measurement> copyVerified(String job, long build, Artifact declared) {
		Optional<Measurement> staged = measureStaged(job, build, declared.name());
		staged.filter((m) -> m.size() == declared.size() && m.sha256().equals(declared.sha256())).ifPresent((m) -> {
			this.objects.put("builds/" + job + "/" + declared.name(),
					this.objects.get(BuildPaths.staged(job, build, declared.name())));
			this.copies++;
		});
		return staged;
	}

	@Override
	public void delete(String job, String file) {
		this.objects.remove("builds/" + job + "/" + file);
	}

	@Override
	public InputStream open(String job, String file, long offset, long length) throws FileNotFoundException {
		byte[] bytes = published(job, file).orElseThrow(() -> new FileNotFoundException(file));
		return new ByteArrayInputStream(Arrays.copyOfRange(bytes, (int) offset, (int) (offset + length)));
	}

	private Optional<Measurement> measure(String key) {
		return Optional.ofNullable(this.objects.get(key))
			.map((bytes) -> new Measurement(bytes.length, Sha256.of(bytes), Sha256.of(bytes)));
	}

}
