package io.livecd.mirror.events;

import io.livecd.common.event.LivecdEvent;
import io.livecd.common.event.MirrorEvicted;
import io.livecd.common.event.MirrorSyncFailed;
import io.livecd.common.event.MirrorSynced;
import io.livecd.kafka.EventPublishException;
import io.livecd.kafka.EventPublisher;
import io.livecd.mirror.cache.application.Reports;
import io.livecd.mirror.cache.model.ArtifactKey;
import io.livecd.mirror.cache.model.KnownArtifact;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reports on {@code livecd.mirrors}, keyed by this mirror's location. */
final class KafkaReports implements Reports {

	private static final Logger log = LoggerFactory.getLogger(KafkaReports.class);

	private final EventPublisher publisher;

	private final String location;

	private final Clock clock;

	KafkaReports(EventPublisher publisher, String location, Clock clock) {
		this.publisher = publisher;
		this.location = location;
		this.clock = clock;
	}

	@Override
	public void synced(KnownArtifact artifact, double seconds) {
		log.info("Synced {} of build {} in {} s", artifact.key(), artifact.build(), seconds);
		publish(new MirrorSynced(id(), this.clock.instant(), this.location, artifact.key().job(), artifact.build(),
				artifact.key().file(), artifact.sha256(), artifact.size(), seconds));
	}

	@Override
	public void syncFailed(KnownArtifact artifact, String reason) {
		log.warn("Could not sync {} of build {}: {}", artifact.key(), artifact.build(), reason);
		publish(new MirrorSyncFailed(id(), this.clock.instant(), this.location, artifact.key().job(), artifact.build(),
				artifact.key().file(), reason));
	}

	@Override
	public void evicted(ArtifactKey key, long build, String reason) {
		if (build > 0) {
			publish(new MirrorEvicted(id(), this.clock.instant(), this.location, key.job(), build, key.file(), reason));
		}
	}

	private void publish(LivecdEvent event) {
		try {
			this.publisher.publish(event);
		}
		catch (EventPublishException ex) {
			log.error("Could not report {}: {}", event, ex.getMessage());
		}
	}

	private static String id() {
		return UUID.randomUUID().toString();
	}

}
