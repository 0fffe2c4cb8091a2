package io.livecd.build.publish.infrastructure;

import io.livecd.build.publish.application.Publication;
import io.livecd.build.publish.application.Publications;
import io.livecd.build.publish.infrastructure.S3Objects.StoredObject;
import io.livecd.build.publish.model.BuildId;
import io.livecd.common.event.BuildCompleted;
import java.util.List;
import java.util.Optional;

/**
 * Published markers and the outbox as objects: {@code outbox/{job}/{build}.json} is
 * written first and removed once the event log confirmed the event;
 * {@code published/{job}/{build}.json} is written second and stays. Either one existing
 * means the build is published; finding only the outbox entry (the service stopped
 * between the two writes) writes the marker.
 */
class S3Publications implements Publications {

	private final S3Objects s3;

	S3Publications(S3Objects s3) {
		this.s3 = s3;
	}

	@Override
	public Optional<Publication> find(BuildId id) {
		Optional<BuildCompleted> published = read(StagingKeys.published(id));
		if (published.isPresent()) {
			boolean pending = this.s3.stat(StagingKeys.outbox(id)).isPresent();
			return Optional.of(new Publication(published.get(), pending));
		}
		Optional<BuildCompleted> pending = read(StagingKeys.outbox(id));
		pending.ifPresent((event) -> this.s3.write(StagingKeys.published(id), StagingDocuments.event(event)));
		return pending.map((event) -> new Publication(event, true));
	}

	@Override
	public void record(BuildCompleted event) {
		BuildId id = new BuildId(event.job(), event.build());
		byte[] json = StagingDocuments.event(event);
		this.s3.write(StagingKeys.outbox(id), json);
		this.s3.write(StagingKeys.published(id), json);
	}

	@Override
	public void sent(BuildId id) {
		this.s3.delete(List.of(StagingKeys.outbox(id)));
	}

	@Override
	public List<BuildCompleted> pending() {
		return this.s3.list(StagingKeys.OUTBOX)
			.stream()
			.map(StoredObject::key)
			.flatMap((key) -> read(key).stream())
			.toList();
	}

	private Optional<BuildCompleted> read(String key) {
		return this.s3.read(key).map((json) -> StagingDocuments.event(key, json));
	}

}
