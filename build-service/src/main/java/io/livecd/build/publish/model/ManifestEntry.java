package io.livecd.build.publish.model;

/**
 * One line of a manifest as the client sent it, not yet checked.
 *
 * @param name the artifact's file name
 * @param size its size in bytes
 * @param sha256 its SHA-256, hex
 */
public record ManifestEntry(String name, Long size, String sha256) {

}
