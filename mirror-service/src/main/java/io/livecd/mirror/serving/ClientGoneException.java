package io.livecd.mirror.serving;

import java.io.IOException;

/** Writing to a client of the file server failed: it went away or stopped reading. */
final class ClientGoneException extends IOException {

	private static final long serialVersionUID = 1L;

	ClientGoneException(IOException cause) {
		super(cause.getMessage(), cause);
	}

}
