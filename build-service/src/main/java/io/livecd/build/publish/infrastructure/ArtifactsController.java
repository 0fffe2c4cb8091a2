package io.livecd.build.publish.infrastructure;

import io.livecd.build.publish.application.AbortingBuild;
import io.livecd.build.publish.application.UploadArtifact;
import io.livecd.build.publish.application.UploadingArtifact;
import io.livecd.common.event.Artifact;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Artifact uploads: the raw request body streams into staging as it arrives, whatever its
 * content type, never parsed and never held whole.
 */
@RestController
@RequestMapping(path = "/api/v1/builds/{job}/{build}/artifacts/{file}", produces = MediaType.APPLICATION_JSON_VALUE)
class ArtifactsController {

	static final String CHECKSUM_HEADER = "X-Checksum-Sha256";

	private final UploadingArtifact uploading;

	private final AbortingBuild aborting;

	ArtifactsController(UploadingArtifact uploading, AbortingBuild aborting) {
		this.uploading = uploading;
		this.aborting = aborting;
	}

	@PutMapping
	Artifact upload(@PathVariable String job, @PathVariable String build, @PathVariable String file,
			HttpServletRequest request) throws IOException {
		return Refusals.orThrow(this.uploading.upload(new UploadArtifact(job, build, file, request.getInputStream(),
				request.getContentLengthLong(), request.getHeader(CHECKSUM_HEADER))));
	}

	@DeleteMapping
	ResponseEntity<Void> remove(@PathVariable String job, @PathVariable String build, @PathVariable String file) {
		Refusals.orThrow(this.aborting.removeArtifact(job, build, file));
		return ResponseEntity.noContent().build();
	}

}
