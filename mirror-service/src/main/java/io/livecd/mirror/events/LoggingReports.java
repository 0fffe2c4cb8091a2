package io.livecd.mirror.events;

import io.livecd.mirror.cache.application.Reports;
import io.livecd.mirror.cache.model.ArtifactKey;
import io.livecd.mirror.cache.model.KnownArtifact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reports of a mirror that runs without Kafka: the log is all there is. */
final class LoggingReports implements Reports {

	private static final Logger log = LoggerFactory.getLogger(LoggingReports.class);

	@Override
	public void synced(KnownArtifact artifact, double seconds) {
		log.info("Synced {} in {} s", artifact.key(), seconds);
	}

	@Override
	public void syncFailed(KnownArtifact artifact, String reason) {
		log.warn("Could not sync {}: {}", artifact.key(), reason);
	}

	@Override
	public void evicted(ArtifactKey key, long build, String reason) {
		log.info("Evicted {}: {}", key, reason);
	}

}
