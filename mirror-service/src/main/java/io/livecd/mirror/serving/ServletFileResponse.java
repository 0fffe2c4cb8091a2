package io.livecd.mirror.serving;

import io.livecd.mirror.http.ByteRange;
import io.livecd.mirror.http.FileRegions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.catalina.connector.ClientAbortException;

/**
 * A {@link FileResponse} on Tomcat: files leave through its sendfile (zero-copy from the
 * page cache to the socket) where the connector offers it, and a response cut short is
 * thrown as a {@link ClientAbortException}, which Tomcat answers by closing the
 * connection without an error page (that would pad the body up to its announced length).
 */
final class ServletFileResponse implements FileResponse {

	static final String SENDFILE_SUPPORTED = "org.apache.tomcat.sendfile.support";

	static final String SENDFILE_FILENAME = "org.apache.tomcat.sendfile.filename";

	static final String SENDFILE_START = "org.apache.tomcat.sendfile.start";

	static final String SENDFILE_END = "org.apache.tomcat.sendfile.end";

	private final HttpServletRequest request;

	private final HttpServletResponse response;

	ServletFileResponse(HttpServletRequest request, HttpServletResponse response) {
		this.request = request;
		this.response = response;
	}

	@Override
	public void status(int status) {
		this.response.setStatus(status);
	}

	@Override
	public void header(String name, String value) {
		this.response.setHeader(name, value);
	}

	@Override
	public void contentType(String type) {
		this.response.setContentType(type);
	}

	@Override
	public void contentLength(long length) {
		this.response.setContentLengthLong(length);
	}

	@Override
	public boolean isCommitted() {
		return this.response.isCommitted();
	}

	@Override
	public void reset() {
		this.response.reset();
	}

	@Override
	public OutputStream body() throws IOException {
		return this.response.getOutputStream();
	}

	@Override
	public void flush() throws IOException {
		this.response.flushBuffer();
	}

	@Override
	public void sendFile(Path file, ByteRange range) throws IOException {
		if (Boolean.TRUE.equals(this.request.getAttribute(SENDFILE_SUPPORTED))) {
			this.request.setAttribute(SENDFILE_FILENAME, file.toAbsolutePath().toString());
			this.request.setAttribute(SENDFILE_START, range.first());
			this.request.setAttribute(SENDFILE_END, range.last() + 1);
			return;
		}
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			FileRegions.copy(channel, range, this.response.getOutputStream());
		}
	}

	@Override
	public boolean clientGone(IOException ex) {
		return ex instanceof ClientAbortException;
	}

	@Override
	public IOException cut(Exception cause) {
		return new ClientAbortException(cause);
	}

}
