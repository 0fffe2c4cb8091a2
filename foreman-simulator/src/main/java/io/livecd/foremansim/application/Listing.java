package io.livecd.foremansim.application;

/**
 * The metadata of a list answer.
 *
 * @param total all records of the collection
 * @param subtotal the records the search matched ({@code total} without a search)
 * @param page the page shown, from 1
 * @param perPage records per page
 * @param search the search as sent, or {@code null}
 * @param sortBy the {@code order} field, or {@code null}
 * @param sortOrder {@code ASC} or {@code DESC} when ordered, else {@code null}
 */
record Listing(int total, int subtotal, int page, int perPage, String search, String sortBy, String sortOrder) {

}
