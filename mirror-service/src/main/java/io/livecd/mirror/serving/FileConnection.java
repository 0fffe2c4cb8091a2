package io.livecd.mirror.serving;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection of the file server, served on the thread that accepted it: read a
 * request head, answer it with {@link ServingFiles}, and again while the client keeps the
 * connection open. Request bodies are not read: a request with one is answered and its
 * connection closed. A head the server cannot parse gets a 4xx problem and the connection
 * closes.
 */
final class FileConnection {

	private static final Logger log = LoggerFactory.getLogger(FileConnection.class);

	private static final long DRAIN_LIMIT = 1 << 20;

	private final ChannelIo io;

	private final ServingFiles serving;

	FileConnection(ChannelIo io, ServingFiles serving) {
		this.io = io;
		this.serving = serving;
	}

	ChannelIo io() {
		return this.io;
	}

	void run() {
		boolean drain = false;
		try {
			this.io.spinForFirstRequest();
			RequestHead head;
			do {
				head = this.io.nextHead();
				if (head == null) {
					return;
				}
				drain = head.hasBody();
			}
			while (answer(head, head.keepAlive() && !drain));
			this.io.shutdownOutput();
			if (drain) {
				this.io.drain(DRAIN_LIMIT);
			}
		}
		catch (BadRequest ex) {
			refuse(ex);
		}
		catch (IOException ex) {
			log.debug("Connection ended: {}", ex.toString());
		}
		finally {
			this.io.close();
		}
	}

	/** Answers one request; {@code true} to read the next one on this connection. */
	private boolean answer(RequestHead head, boolean keepAlive) throws IOException {
		SocketFileResponse response = new SocketFileResponse(this.io, head.isHead(), !keepAlive);
		try {
			String path = RequestTarget.belowLivecd(head.target());
			if (path == null) {
				this.serving.problem(response, 404, "Not found", "this port serves files under /livecd/ only");
			}
			else {
				this.serving.serve(new FileRequest(head.method(), path, head.field("if-none-match"),
						head.field("if-range"), head.field("range")), response);
			}
		}
		catch (BadRequest ex) {
			this.serving.problem(response, ex.status(), ex.title(), ex.getMessage());
		}
		catch (IOException | RuntimeException ex) {
			if (response.isCommitted() || (ex instanceof IOException failure && response.clientGone(failure))) {
				throw ex;
			}
			log.warn("Failed to answer {} {}", head.method(), head.target(), ex);
			SocketFileResponse failed = new SocketFileResponse(this.io, head.isHead(), true);
			this.serving.problem(failed, 500, "Internal server error", "the mirror failed to answer");
			failed.finish();
			return false;
		}
		return response.finish();
	}

	private void refuse(BadRequest ex) {
		try {
			SocketFileResponse response = new SocketFileResponse(this.io, false, true);
			this.serving.problem(response, ex.status(), ex.title(), ex.getMessage());
			response.finish();
			this.io.shutdownOutput();
			this.io.drain(DRAIN_LIMIT);
		}
		catch (IOException failure) {
			log.debug("Could not refuse a bad request: {}", failure.toString());
		}
	}

}
