package io.livecd.build.publish.infrastructure;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.livecd.build.publish.model.BuildStatus;
import io.livecd.common.event.Artifact;
import java.util.List;
import java.util.Locale;

/**
 * A build as the API shows it.
 *
 * @param job the CI job
 * @param build the build number
 * @param image the image name
 * @param kernel the kernel version
 * @param gitCommit the commit built
 * @param ciUrl the CI run's page
 * @param state {@code open} or {@code published}
 * @param artifacts the artifacts stored so far, or the published manifest
 * @param eventId the {@code build.completed} event's id once published
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record BuildView(String job, long build, String image, String kernel, String gitCommit, String ciUrl, String state,
		List<Artifact> artifacts, String eventId) {

	static BuildView of(BuildStatus status) {
		return new BuildView(status.id().job(), status.id().number(), status.metadata().image(),
				status.metadata().kernel(), status.metadata().gitCommit(), status.metadata().ciUrl(),
				status.state().name().toLowerCase(Locale.ROOT), status.artifacts(), status.eventId());
	}

}
