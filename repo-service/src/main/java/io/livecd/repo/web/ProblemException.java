package io.livecd.repo.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** An expected refusal, answered as an RFC 9457 problem. */
public class ProblemException extends ErrorResponseException {

	public ProblemException(HttpStatus status, String type, String title, String detail) {
		super(status, Problems.of(status, type, title, detail), null);
	}

	public static ProblemException notFound(String detail) {
		return new ProblemException(HttpStatus.NOT_FOUND, "not-found", "Not found", detail);
	}

}
