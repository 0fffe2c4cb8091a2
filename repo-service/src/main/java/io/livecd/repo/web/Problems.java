package io.livecd.repo.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problem details as repo-service writes them: a {@code urn:livecd:problem:*}
 * type a client can branch on, a fixed title per type, and a detail for people.
 */
public final class Problems {

	/** The prefix of every problem type of this service. */
	public static final String TYPE_PREFIX = "urn:livecd:problem:";

	private Problems() {
	}

	public static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_PREFIX + type));
		problem.setTitle(title);
		return problem;
	}

}
