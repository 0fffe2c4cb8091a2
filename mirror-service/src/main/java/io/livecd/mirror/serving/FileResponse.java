package io.livecd.mirror.serving;

import io.livecd.mirror.http.ByteRange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * The answering side of one request under {@code /livecd/}, whichever server carries it:
 * the servlet container ({@link ServletFileResponse}) or the file server
 * ({@link SocketFileResponse}). Status and headers are kept until the body starts or
 * {@link #flush()} sends them.
 */
interface FileResponse {

	void status(int status);

	void header(String name, String value);

	void contentType(String type);

	void contentLength(long length);

	boolean isCommitted();

	/** Forgets status and headers; only before anything was sent. */
	void reset();

	/** The body; status and headers go out before its first bytes. */
	OutputStream body() throws IOException;

	/** Sends status, headers and whatever of the body is buffered. */
	void flush() throws IOException;

	/**
	 * Sends a stretch of a complete file, without copying it through the JVM where the
	 * server can.
	 */
	void sendFile(Path file, ByteRange range) throws IOException;

	/** Whether {@code ex} means that the client went away. */
	boolean clientGone(IOException ex);

	/**
	 * What to throw for a response that cannot be completed: the server closes the
	 * connection short of the announced length, and adds no error body.
	 */
	IOException cut(Exception cause);

}
