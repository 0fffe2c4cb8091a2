package io.livecd.build.publish.infrastructure;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.livecd.build.publish.application.StagingUnavailableException;
import io.livecd.build.publish.model.BuildId;
import io.livecd.build.publish.model.BuildMetadata;
import io.livecd.build.publish.model.StagedBuild;
import io.livecd.common.event.BuildCompleted;
import java.time.Instant;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The small JSON documents build-service keeps in S3 next to the artifacts. */
final class StagingDocuments {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.changeDefaultPropertyInclusion((include) -> include.withValueInclusion(JsonInclude.Include.NON_NULL))
		.build();

	private StagingDocuments() {
	}

	static byte[] build(StagedBuild build) {
		BuildMetadata metadata = build.metadata();
		return write(new BuildDocument(build.id().job(), build.id().number(), metadata.image(), metadata.kernel(),
				metadata.gitCommit(), metadata.ciUrl(), build.openedAt()));
	}

	static StagedBuild build(String key, byte[] json) {
		BuildDocument document = read(key, json, BuildDocument.class);
		return new StagedBuild(new BuildId(document.job(), document.build()),
				new BuildMetadata(document.image(), document.kernel(), document.gitCommit(), document.ciUrl()),
				document.openedAt());
	}

	static byte[] checksum(ChecksumDocument document) {
		return write(document);
	}

	static ChecksumDocument checksum(String key, byte[] json) {
		return read(key, json, ChecksumDocument.class);
	}

	static byte[] event(BuildCompleted event) {
		return write(event);
	}

	static BuildCompleted event(String key, byte[] json) {
		return read(key, json, BuildCompleted.class);
	}

	private static byte[] write(Object document) {
		return JSON.writeValueAsBytes(document);
	}

	private static <T> T read(String key, byte[] json, Class<T> type) {
		try {
			return JSON.readValue(json, type);
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw new StagingUnavailableException(key + " is not a valid " + type.getSimpleName(), ex);
		}
	}

	/**
	 * {@code staging/{job}/{build}/build.json}.
	 *
	 * @param job the CI job
	 * @param build the build number
	 * @param image the image name
	 * @param kernel the kernel version
	 * @param gitCommit the commit built
	 * @param ciUrl the CI run's page
	 * @param openedAt when the build was opened
	 */
	record BuildDocument(String job, long build, String image, String kernel, String gitCommit, String ciUrl,
			Instant openedAt) {

	}

	/**
	 * {@code staging/{job}/{build}/checksums/{file}.json}: what was verified while the
	 * bytes streamed in, bound to the object by its ETag, so a record left over from an
	 * earlier upload of the same name never vouches for other bytes.
	 *
	 * @param name the artifact
	 * @param size its size in bytes
	 * @param sha256 its sha256
	 * @param etag the ETag of the object these were computed for
	 */
	record ChecksumDocument(String name, long size, String sha256, String etag) {

	}

}
