package io.livecd.foreman.task.infrastructure;

import io.livecd.foreman.task.application.RequestHostTask;
import io.livecd.foreman.task.application.RequestingHostTask;
import io.livecd.web.auth.Caller;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/hosts/{host}/task} {@code {"task":"wipe"}} with a bearer token of
 * role {@code ops} (checked by web-support before the body is read): publishes a host
 * task request and answers 202 with its event id.
 */
@RestController
class HostTaskController {

	private final RequestingHostTask requesting;

	HostTaskController(RequestingHostTask requesting) {
		this.requesting = requesting;
	}

	/**
	 * @param task the task, or {@code none} to clear it
	 */
	record TaskBody(String task) {
	}

	@PostMapping("/api/v1/hosts/{host}/task")
	ResponseEntity<?> request(@PathVariable String host, @RequestBody TaskBody body,
			@RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
		RequestingHostTask.Result result = this.requesting
			.request(new RequestHostTask(host, body.task(), caller.name()));
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
