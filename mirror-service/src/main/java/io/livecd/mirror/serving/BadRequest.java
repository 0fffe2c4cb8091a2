package io.livecd.mirror.serving;

/** A request the file server refuses before it reaches {@link ServingFiles}. */
final class BadRequest extends Exception {

	private static final long serialVersionUID = 1L;

	private final int status;

	private final String title;

	BadRequest(int status, String title, String detail) {
		super(detail);
		this.status = status;
		this.title = title;
	}

	BadRequest(String detail) {
		this(400, "Bad request", detail);
	}

	int status() {
		return this.status;
	}

	String title() {
		return this.title;
	}

}
