package io.livecd.build.publish.infrastructure;

import io.livecd.build.publish.application.AbortingBuild;
import io.livecd.build.publish.application.CompleteBuild;
import io.livecd.build.publish.application.CompletingBuild;
import io.livecd.build.publish.application.OpenBuild;
import io.livecd.build.publish.application.OpeningBuild;
import io.livecd.build.publish.model.ManifestEntry;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Opening, completing, inspecting and aborting builds. */
@RestController
@RequestMapping(path = "/api/v1/builds/{job}/{build}", produces = MediaType.APPLICATION_JSON_VALUE)
class BuildsController {

	private final OpeningBuild opening;

	private final CompletingBuild completing;

	private final AbortingBuild aborting;

	BuildsController(OpeningBuild opening, CompletingBuild completing, AbortingBuild aborting) {
		this.opening = opening;
		this.completing = completing;
		this.aborting = aborting;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<BuildView> open(@PathVariable String job, @PathVariable String build,
			@RequestBody OpenRequest request) {
		OpeningBuild.Opened opened = Refusals.orThrow(this.opening
			.open(new OpenBuild(job, build, request.image(), request.kernel(), request.gitCommit(), request.ciUrl())));
		BuildView view = BuildView.of(opened.status());
		if (!opened.created()) {
			return ResponseEntity.ok(view);
		}
		return ResponseEntity.created(URI.create("/api/v1/builds/" + job + "/" + build)).body(view);
	}

	@GetMapping
	BuildView status(@PathVariable String job, @PathVariable String build) {
		return BuildView.of(Refusals.orThrow(this.opening.status(job, build)));
	}

	@PostMapping(path = "/complete", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, String>> complete(@PathVariable String job, @PathVariable String build,
			@RequestBody ManifestRequest request) {
		String eventId = Refusals.orThrow(this.completing.complete(new CompleteBuild(job, build, request.artifacts())));
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("eventId", eventId));
	}

	@DeleteMapping
	ResponseEntity<Void> abort(@PathVariable String job, @PathVariable String build) {
		Refusals.orThrow(this.aborting.abort(job, build));
		return ResponseEntity.noContent().build();
	}

	/**
	 * The body of an open request.
	 *
	 * @param image the image name
	 * @param kernel the kernel version, optional
	 * @param gitCommit the commit built, optional
	 * @param ciUrl the CI run's page, optional
	 */
	record OpenRequest(String image, String kernel, String gitCommit, String ciUrl) {

	}

	/**
	 * The body of a complete request.
	 *
	 * @param artifacts every artifact with its name, size and sha256
	 */
	record ManifestRequest(List<ManifestEntry> artifacts) {

	}

}
