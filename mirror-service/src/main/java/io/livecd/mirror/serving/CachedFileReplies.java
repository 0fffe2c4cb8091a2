package io.livecd.mirror.serving;

import io.livecd.mirror.cache.application.Lookup;
import io.livecd.mirror.cache.model.CachedArtifact;
import io.livecd.mirror.http.ByteRange;
import io.livecd.mirror.http.Conditions;
import io.livecd.mirror.http.FileRegions;
import io.livecd.mirror.http.Negotiation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Replies from a complete cached file. A whole file or a single range goes out with
 * Tomcat's sendfile (zero-copy from the page cache to the socket) where the connector
 * offers it; multiple ranges are copied.
 */
final class CachedFileReplies {

	static final String SENDFILE_SUPPORTED = "org.apache.tomcat.sendfile.support";

	static final String SENDFILE_FILENAME = "org.apache.tomcat.sendfile.filename";

	static final String SENDFILE_START = "org.apache.tomcat.sendfile.start";

	static final String SENDFILE_END = "org.apache.tomcat.sendfile.end";

	void send(HttpServletRequest request, HttpServletResponse response, Lookup.Hit hit, Conditions conditions,
			String cacheControl) throws IOException {
		CachedArtifact artifact = hit.artifact();
		Body body = ReplyHeaders.apply(response, Negotiation.reply(conditions, artifact.sha256(), artifact.size()),
				artifact.sha256(), artifact.size(), cacheControl, conditions.get());
		if (body instanceof Body.Region region) {
			region(request, response, hit.file(), region.range());
		}
		else if (body instanceof Body.Parts parts) {
			try (FileChannel file = FileChannel.open(hit.file(), StandardOpenOption.READ)) {
				parts.parts().writeTo(response.getOutputStream(), file);
			}
		}
	}

	private static void region(HttpServletRequest request, HttpServletResponse response, Path file, ByteRange range)
			throws IOException {
		if (Boolean.TRUE.equals(request.getAttribute(SENDFILE_SUPPORTED))) {
			request.setAttribute(SENDFILE_FILENAME, file.toAbsolutePath().toString());
			request.setAttribute(SENDFILE_START, range.first());
			request.setAttribute(SENDFILE_END, range.last() + 1);
			return;
		}
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			FileRegions.copy(channel, range, response.getOutputStream());
		}
	}

}
