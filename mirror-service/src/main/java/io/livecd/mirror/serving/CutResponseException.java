package io.livecd.mirror.serving;

import java.io.IOException;

/**
 * A response of the file server that cannot be completed: its connection closes short.
 */
final class CutResponseException extends IOException {

	private static final long serialVersionUID = 1L;

	CutResponseException(Exception cause) {
		super(cause.getMessage(), cause);
	}

}
