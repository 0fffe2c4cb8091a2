package io.livecd.foreman.rollout.model;

import java.net.URI;

/**
 * A location whose hosts boot from its own mirror.
 *
 * @param name the location's name in this system (as in mirror events)
 * @param foremanId the location's id in Foreman
 * @param mirrorUrl the mirror's base URL, the value of {@code livesystem_url}
 */
public record MirrorLocation(String name, long foremanId, URI mirrorUrl) {

}
