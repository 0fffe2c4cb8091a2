package io.livecd.repo.location.model;

import java.time.Instant;

/** A file a mirror could not fetch or verify, and why. */
public record SyncFailure(String job, long build, String file, String reason, Instant time) {

}
