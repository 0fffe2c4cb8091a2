package io.livecd.foremansim.model;

/** A location or an organization. */
public record Taxonomy(long id, String name) {

}
