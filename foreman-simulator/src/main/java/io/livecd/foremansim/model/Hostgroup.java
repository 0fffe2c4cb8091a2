package io.livecd.foremansim.model;

/**
 * A host group; {@code parentId} is {@code 0} for a root group. Its title is the names
 * from the root down, joined by {@code /}.
 */
public record Hostgroup(long id, String name, long parentId) {

}
