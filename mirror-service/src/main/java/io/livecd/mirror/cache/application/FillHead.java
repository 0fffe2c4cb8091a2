package io.livecd.mirror.cache.application;

/**
 * What the upstream or the verification established about a file being filled.
 *
 * @param length bytes, or -1 when not known yet
 * @param sha256 checksum, or {@code null} when not known yet
 */
public record FillHead(long length, String sha256) {

}
