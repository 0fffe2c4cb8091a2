package io.livecd.foremansim.application;

/** scoped_search refused a search or an order; Foreman answers 400. */
class QueryNotSupported extends RuntimeException {

	QueryNotSupported(String message) {
		super(message);
	}

}
