package io.livecd.foreman.task.infrastructure;

import io.livecd.foreman.task.application.RequestHostTask;
import io.livecd.foreman.task.application.RequestingHostTask;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/hosts/{host}/task} {@code {"task":"wipe"}} with a bearer token of
 * role {@code ops}: publishes a host task request and answers 202 with its event id.
 */
@RestController
class HostTaskController {

	private static final String OPS = "ops";

	private final BearerTokens tokens;

	private final RequestingHostTask requesting;

	HostTaskController(BearerTokens tokens, RequestingHostTask requesting) {
		this.tokens = tokens;
		this.requesting = requesting;
	}

	/**
	 * @param task the task, or {@code none} to clear it
	 */
	record TaskBody(String task) {
	}

	@PostMapping("/api/v1/hosts/{host}/task")
	ResponseEntity<?> request(@PathVariable String host, @RequestBody TaskBody body,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		Optional<BearerTokens.Caller> caller = this.tokens.authenticate(authorization);
		if (caller.isEmpty()) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
				.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
				.body(problem(HttpStatus.UNAUTHORIZED, "A bearer token of role ops is required"));
		}
		if (!OPS.equals(caller.get().role())) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN)
				.body(problem(HttpStatus.FORBIDDEN,
						"Host tasks need role ops; this token has role " + caller.get().role()));
		}
		RequestingHostTask.Result result = this.requesting
			.request(new RequestHostTask(host, body.task(), caller.get().name()));
		if (result instanceof RequestingHostTask.Result.Rejected rejected) {
			return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, rejected.reason()));
		}
		String id = ((RequestingHostTask.Result.Accepted) result).eventId();
		return ResponseEntity.accepted().body(Map.of("id", id, "host", host, "task", body.task()));
	}

	private static ProblemDetail problem(HttpStatus status, String detail) {
		return ProblemDetail.forStatusAndDetail(status, detail);
	}

}
