package io.livecd.foremansim.model;

import java.time.Instant;

/**
 * A host; the ids of its organization, location and host group are {@code 0} when it has
 * none.
 */
public record Host(long id, String name, long organizationId, long locationId, long hostgroupId, Instant createdAt) {

}
