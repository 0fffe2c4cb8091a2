package io.livecd.mirror.serving;

import io.livecd.mirror.cache.application.Fill;
import io.livecd.mirror.cache.application.FillHead;
import io.livecd.mirror.http.Conditions;
import io.livecd.mirror.http.FileRegions;
import io.livecd.mirror.http.Negotiation;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.time.Duration;

/**
 * Replies while the file is being downloaded. A whole-file GET streams the file as it
 * grows; a range waits for the verified file. When the download fails, the response is
 * cut short (the exception propagates and the server drops the connection), so no client
 * ever holds a complete-looking wrong body.
 */
final class FillReplies {

	private static final int BUFFER = 128 * 1024;

	private final Duration wait;

	FillReplies(Duration wait) {
		this.wait = wait;
	}

	/**
	 * Sends the reply; a {@link io.livecd.mirror.cache.application.FillFailedException}
	 * before anything was committed is for the caller to turn into an error response.
	 */
	void send(FileResponse response, Fill fill, Conditions conditions, String cacheControl) throws IOException {
		try {
			FillHead head = conditions.wantsRange() ? fill.awaitVerified(this.wait) : fill.awaitHead(this.wait);
			Body body = ReplyHeaders.apply(response, Negotiation.reply(conditions, head.sha256(), head.length()),
					head.sha256(), head.length(), cacheControl, conditions.get());
			if (body instanceof Body.None) {
				return;
			}
			if (!conditions.wantsRange()) {
				response.flush();
				fill.start();
				stream(fill, response.body());
				return;
			}
			try (FileChannel file = fill.openReader()) {
				if (body instanceof Body.Parts parts) {
					parts.parts().writeTo(response.body(), file);
				}
				else if (body instanceof Body.Region region) {
					FileRegions.copy(file, region.range(), response.body());
				}
			}
		}
		finally {
			fill.start();
		}
	}

	/** Streams the whole file as it grows, opening it once its first bytes are there. */
	private void stream(Fill fill, OutputStream out) throws IOException {
		byte[] buffer = new byte[BUFFER];
		long position = 0;
		FileChannel file = null;
		try {
			for (long limit = fill.awaitReadable(position, this.wait); limit >= 0; limit = fill.awaitReadable(position,
					this.wait)) {
				if (file == null) {
					file = fill.openReader();
				}
				while (position < limit) {
					int n = file.read(ByteBuffer.wrap(buffer, 0, (int) Math.min(buffer.length, limit - position)),
							position);
					if (n < 0) {
						throw new EOFException("download ended early at " + position);
					}
					out.write(buffer, 0, n);
					position += n;
				}
				out.flush();
			}
		}
		finally {
			if (file != null) {
				file.close();
			}
		}
	}

}
