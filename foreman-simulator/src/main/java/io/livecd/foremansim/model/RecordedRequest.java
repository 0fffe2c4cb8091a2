package io.livecd.foremansim.model;

import java.time.Instant;

/**
 * A Foreman API request as the simulator received it, for tests to inspect (e.g. that no
 * nested call carried a {@code location_id}); credentials are not recorded.
 *
 * @param at when it arrived
 * @param method the HTTP method
 * @param path the path, without the query
 * @param query the raw query string, or empty
 * @param body the body as text, or empty
 * @param status the status the simulator answered with
 */
public record RecordedRequest(Instant at, String method, String path, String query, String body, int status) {

}
