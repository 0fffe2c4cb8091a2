package io.livecd.build.publish.infrastructure;

import io.livecd.build.publish.application.ArtifactWrite;
import io.livecd.build.publish.application.Staging;
import io.livecd.build.publish.application.StagingUnavailableException;
import io.livecd.build.publish.infrastructure.S3Objects.StoredObject;
import io.livecd.build.publish.infrastructure.StagingDocuments.ChecksumDocument;
import io.livecd.build.publish.model.BuildId;
import io.livecd.build.publish.model.StagedBuild;
import io.livecd.common.event.Artifact;
import io.livecd.s3.GuardedPut;
import io.minio.messages.Upload;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Staging in S3, laid out as {@link StagingKeys} describes. */
class S3Staging implements Staging {

	private static final Logger log = LoggerFactory.getLogger(S3Staging.class);

	private final S3Objects s3;

	private final PartBuffers buffers;

	private final int partsInFlight;

	private final Executor partSenders;

	private final GuardedPut put;

	private final Executor putSenders;

	private final long maxSinglePut;

	S3Staging(S3Objects s3, PartBuffers buffers, int partsInFlight, Executor partSenders, GuardedPut put,
			Executor putSenders, long maxSinglePut) {
		this.s3 = s3;
		this.buffers = buffers;
		this.partsInFlight = partsInFlight;
		this.partSenders = partSenders;
		this.put = put;
		this.putSenders = putSenders;
		this.maxSinglePut = maxSinglePut;
	}

	@Override
	public Optional<StagedBuild> find(BuildId id) {
		String key = StagingKeys.metadata(id);
		return this.s3.read(key).map((json) -> StagingDocuments.build(key, json));
	}

	@Override
	public void open(StagedBuild build) {
		this.s3.write(StagingKeys.metadata(build.id()), StagingDocuments.build(build));
	}

	@Override
	public ArtifactWrite write(BuildId id, String name, InputStream content, long length) throws IOException {
		if (StreamedArtifactWrite.fits(length, this.buffers.size(), this.maxSinglePut)) {
			return StreamedArtifactWrite.stream(this.s3, this.put, this.buffers, this.putSenders, id, name, content,
					length);
		}
		return S3ArtifactWrite.stream(this.s3, this.buffers, this.partsInFlight, this.partSenders, id, name, content);
	}

	@Override
	public List<Artifact> artifacts(BuildId id) {
		List<StoredObject> objects = this.s3.list(StagingKeys.build(id));
		Map<String, StoredObject> bytes = new HashMap<>();
		objects.forEach((o) -> StagingKeys.artifactName(id, o.key()).ifPresent((name) -> bytes.put(name, o)));
		List<Artifact> artifacts = new ArrayList<>();
		for (StoredObject object : objects) {
			Optional<String> name = StagingKeys.checksumName(id, object.key());
			if (name.isEmpty() || !bytes.containsKey(name.get())) {
				continue;
			}
			Optional<ChecksumDocument> checksum = this.s3.read(object.key())
				.map((json) -> StagingDocuments.checksum(object.key(), json));
			StoredObject stored = bytes.get(name.get());
			if (checksum.isPresent() && checksum.get().etag().equals(stored.etag())
					&& checksum.get().size() == stored.size()) {
				artifacts.add(new Artifact(name.get(), stored.size(), checksum.get().sha256()));
			}
		}
		artifacts.sort(Comparator.comparing(Artifact::name));
		return artifacts;
	}

	@Override
	public boolean deleteArtifact(BuildId id, String name) {
		boolean stored = this.s3.stat(StagingKeys.artifact(id, name)).isPresent();
		this.s3.delete(List.of(StagingKeys.checksum(id, name), StagingKeys.artifact(id, name)));
		return stored;
	}

	@Override
	public void delete(BuildId id) {
		List<String> keys = this.s3.list(StagingKeys.build(id)).stream().map(StoredObject::key).toList();
		this.s3.delete(keys);
	}

	@Override
	public List<BuildId> idleSince(Instant cutoff) {
		Map<BuildId, Instant> lastChange = this.s3.list(StagingKeys.STAGING)
			.stream()
			.flatMap((o) -> StagingKeys.stagedBuild(o.key()).map((id) -> Map.entry(id, o.lastModified())).stream())
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a.isAfter(b) ? a : b));
		return lastChange.entrySet()
			.stream()
			.filter((e) -> e.getValue().isBefore(cutoff))
			.map(Map.Entry::getKey)
			.toList();
	}

	@Override
	public void discardAbandonedWrites(Instant cutoff) {
		List<Upload> uploads;
		try {
			uploads = this.s3.uploads(StagingKeys.STAGING);
		}
		catch (StagingUnavailableException ex) {
			log.debug("Cannot list unfinished uploads; a bucket lifecycle rule has to remove them", ex);
			return;
		}
		uploads.stream()
			.filter((u) -> u.initiated() != null && u.initiated().toInstant().isBefore(cutoff))
			.forEach((u) -> this.s3.abortUpload(u.objectName(), u.uploadId()));
	}

}
