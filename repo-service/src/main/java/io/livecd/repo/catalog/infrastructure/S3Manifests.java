package io.livecd.repo.catalog.infrastructure;

import io.livecd.repo.catalog.application.Manifests;
import io.livecd.repo.catalog.model.BuildRef;
import io.livecd.repo.catalog.model.Manifest;
import io.minio.GetObjectResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Manifests as JSON under {@code manifests/{job}/{build}.json}. A manifest that cannot be
 * read is logged and left out rather than stopping the service.
 */
class S3Manifests implements Manifests {

	private static final Logger log = LoggerFactory.getLogger(S3Manifests.class);

	private final S3Objects s3;

	private final JsonMapper json;

	S3Manifests(S3Objects s3, JsonMapper json) {
		this.s3 = s3;
		this.json = json;
	}

	@Override
	public void save(Manifest manifest) {
		this.s3.put(S3Keys.manifest(manifest.ref()), this.json.writeValueAsBytes(manifest), "application/json");
	}

	@Override
	public List<Manifest> all() {
		List<Manifest> manifests = new ArrayList<>();
		for (String key : this.s3.list(S3Keys.MANIFESTS)) {
			Optional<BuildRef> build = S3Keys.manifestBuild(key);
			if (build.isEmpty()) {
				log.warn("Ignoring {}: not a manifest key", key);
				continue;
			}
			read(key).filter((m) -> m.ref().equals(build.get()))
				.ifPresentOrElse(manifests::add,
						() -> log.warn("Ignoring {}: not the manifest of {}", key, build.get()));
		}
		return manifests;
	}

	@Override
	public void delete(BuildRef build) {
		this.s3.remove(S3Keys.manifest(build));
	}

	private Optional<Manifest> read(String key) {
		Optional<GetObjectResponse> object = this.s3.get(key);
		if (object.isEmpty()) {
			return Optional.empty();
		}
		try (GetObjectResponse in = object.get()) {
			return Optional.of(this.json.readValue(in, Manifest.class));
		}
		catch (JacksonException | IllegalArgumentException ex) {
			log.warn("Manifest {} is unreadable: {}", key, ex.getMessage());
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("reading " + key + " failed", ex);
		}
	}

}
