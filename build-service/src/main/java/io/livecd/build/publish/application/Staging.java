package io.livecd.build.publish.application;

import io.livecd.build.publish.model.BuildId;
import io.livecd.build.publish.model.StagedBuild;
import io.livecd.common.event.Artifact;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where open builds and their artifacts are kept until they are published. Failures of
 * the store itself throw {@link StagingUnavailableException}.
 */
public interface Staging {

	Optional<StagedBuild> find(BuildId id);

	void open(StagedBuild build);

	/**
	 * Streams an artifact's bytes into the store without making them visible yet: the
	 * caller checks them, then commits or closes the write.
	 * @param length how many bytes the client announced, or {@code -1} when it did not;
	 * the content may still differ, which the caller finds and refuses
	 * @throws IOException when reading the content fails; nothing is stored then
	 */
	ArtifactWrite write(BuildId id, String name, InputStream content, long length) throws IOException;

	/** The artifacts whose bytes and checksum record are both stored, by name. */
	List<Artifact> artifacts(BuildId id);

	/** Removes one artifact; {@code false} when it was not stored. */
	boolean deleteArtifact(BuildId id, String name);

	/** Removes everything staged for the build. */
	void delete(BuildId id);

	/**
	 * The builds with staged objects, none of them changed at or after {@code cutoff}.
	 */
	List<BuildId> idleSince(Instant cutoff);

	/** Discards uploads that were started before {@code cutoff} and never finished. */
	void discardAbandonedWrites(Instant cutoff);

}
