package io.livecd.build.publish.infrastructure;

import io.livecd.build.publish.application.EventsUnavailableException;
import io.livecd.build.publish.application.StagingUnavailableException;
import io.livecd.build.publish.infrastructure.Refusals.RefusedException;
import io.livecd.build.publish.model.Refusal;
import io.livecd.build.web.Problems;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 answers for the publishing API: each refusal reason has its own problem type
 * ({@code urn:livecd:problem:checksum-mismatch}, ...) and status.
 */
@RestControllerAdvice(assignableTypes = { BuildsController.class, ArtifactsController.class })
class PublishProblems {

	private static final Logger log = LoggerFactory.getLogger(PublishProblems.class);

	private static final String RETRY_AFTER_SECONDS = "5";

	@ExceptionHandler
	ResponseEntity<ProblemDetail> refused(RefusedException ex) {
		Refusal refusal = ex.refusal();
		HttpStatus status = status(refusal.reason());
		String type = refusal.reason().name().toLowerCase(Locale.ROOT).replace('_', '-');
		return ResponseEntity.status(status).body(Problems.of(status, type, title(refusal.reason()), refusal.detail()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> eventsUnavailable(EventsUnavailableException ex) {
		log.warn("Event log unavailable: {}", ex.getMessage());
		ResponseEntity<ProblemDetail> response = unavailable("events-unavailable", "Event log unavailable",
				"the build is published but its event is not confirmed yet; complete it again to retry (the relay"
						+ " also retries): " + ex.getMessage());
		response.getBody().setProperty("eventId", ex.eventId());
		return response;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> stagingUnavailable(StagingUnavailableException ex) {
		log.warn("Staging unavailable: {}", ex.getMessage());
		return unavailable("storage-unavailable", "Storage unavailable", ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> interrupted(IOException ex) {
		log.info("Reading a request body failed, nothing stored: {}", ex.toString());
		log.debug("Request body failure", ex);
		return ResponseEntity.badRequest()
			.body(Problems.of(HttpStatus.BAD_REQUEST, "upload-interrupted", "Upload interrupted",
					"reading the request body failed, nothing was stored: " + ex));
	}

	private static ResponseEntity<ProblemDetail> unavailable(String type, String title, String detail) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
			.body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, type, title, detail));
	}

	private static HttpStatus status(Refusal.Reason reason) {
		return switch (reason) {
			case INVALID_NAME, INVALID_REQUEST -> HttpStatus.BAD_REQUEST;
			case UNKNOWN_BUILD, UNKNOWN_ARTIFACT -> HttpStatus.NOT_FOUND;
			case BUILD_CONFLICT, ALREADY_PUBLISHED, MANIFEST_CONFLICT -> HttpStatus.CONFLICT;
			case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
			case CHECKSUM_MISMATCH, SIZE_MISMATCH, MISSING_ARTIFACT, UNLISTED_ARTIFACT, TOO_MANY_ARTIFACTS ->
				HttpStatus.UNPROCESSABLE_CONTENT;
		};
	}

	private static String title(Refusal.Reason reason) {
		return switch (reason) {
			case INVALID_NAME -> "Invalid name";
			case INVALID_REQUEST -> "Invalid request";
			case UNKNOWN_BUILD -> "Unknown build";
			case UNKNOWN_ARTIFACT -> "Unknown artifact";
			case BUILD_CONFLICT -> "Build open with other metadata";
			case ALREADY_PUBLISHED -> "Build already published";
			case MANIFEST_CONFLICT -> "Build published with another manifest";
			case CHECKSUM_MISMATCH -> "Checksum mismatch";
			case SIZE_MISMATCH -> "Size mismatch";
			case MISSING_ARTIFACT -> "Artifact missing";
			case UNLISTED_ARTIFACT -> "Artifact not in manifest";
			case TOO_LARGE -> "Artifact too large";
			case TOO_MANY_ARTIFACTS -> "Too many artifacts";
		};
	}

}
