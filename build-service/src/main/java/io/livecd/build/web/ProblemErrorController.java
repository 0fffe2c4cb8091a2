package io.livecd.build.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.EOFException;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors the servlet container raises itself (a request body that ends before its
 * {@code Content-Length}, say) as RFC 9457 problems instead of Boot's error JSON.
 */
@RestController
class ProblemErrorController implements ErrorController {

	@RequestMapping(path = "/error", produces = { MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.ALL_VALUE })
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value && HttpStatus.resolve(value) != null)
				? HttpStatus.resolve(value) : HttpStatus.INTERNAL_SERVER_ERROR;
		ProblemDetail problem;
		if (endedEarly((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
			status = HttpStatus.UNPROCESSABLE_CONTENT;
			problem = Problems.of(status, "size-mismatch", "Size mismatch",
					"the request body ended before the Content-Length it announced; nothing was stored");
		}
		else {
			problem = ProblemDetail.forStatus(status);
			problem.setTitle(status.getReasonPhrase());
		}
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri instanceof String path) {
			problem.setInstance(URI.create(path));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static boolean endedEarly(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof EOFException) {
				return true;
			}
		}
		return false;
	}

}
