package io.livecd.repo.catalog.model;

/**
 * What streaming an object measured: its size and sha256, and the store's version of it
 * (e.g. an S3 ETag), so a later copy can insist on exactly the bytes that were measured.
 */
public record Measurement(long size, String sha256, String version) {

}
