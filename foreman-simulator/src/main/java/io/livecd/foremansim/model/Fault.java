package io.livecd.foremansim.model;

import java.time.Duration;
import java.time.Instant;

/**
 * A fault the simulator injects into Foreman API requests whose path starts with
 * {@code pathPrefix}: a delay before answering, then optionally a failure status instead
 * of the real answer. It applies {@code remaining} more times (negative: no limit) and
 * until {@code until} (null: no limit).
 *
 * @param status the status to answer with, or {@code 0} to answer normally after the
 * delay
 * @param delay how long to wait before answering
 * @param pathPrefix which requests it applies to, e.g. {@code /api/locations/2/}
 * @param remaining how many more requests it applies to
 * @param until when it stops applying
 */
public record Fault(int status, Duration delay, String pathPrefix, int remaining, Instant until) {

	public Fault {
		if (status != 0 && (status < 400 || status > 599)) {
			throw new IllegalArgumentException("a fault's status is 0 or 400-599, got " + status);
		}
		delay = (delay != null) ? delay : Duration.ZERO;
		pathPrefix = (pathPrefix != null) ? pathPrefix : "/api/";
	}

	boolean appliesTo(String path, Instant now) {
		return path.startsWith(this.pathPrefix) && this.remaining != 0
				&& (this.until == null || now.isBefore(this.until));
	}

	Fault used() {
		return new Fault(this.status, this.delay, this.pathPrefix,
				(this.remaining > 0) ? this.remaining - 1 : this.remaining, this.until);
	}

}
