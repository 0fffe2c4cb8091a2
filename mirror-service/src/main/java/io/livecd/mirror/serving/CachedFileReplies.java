package io.livecd.mirror.serving;

import io.livecd.mirror.cache.application.Lookup;
import io.livecd.mirror.cache.model.CachedArtifact;
import io.livecd.mirror.http.Conditions;
import io.livecd.mirror.http.Negotiation;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;

/**
 * Replies from a complete cached file. A whole file or a single range goes out with the
 * server's zero-copy file transfer; multiple ranges are copied.
 */
final class CachedFileReplies {

	void send(FileResponse response, Lookup.Hit hit, Conditions conditions, String cacheControl) throws IOException {
		CachedArtifact artifact = hit.artifact();
		Body body = ReplyHeaders.apply(response, Negotiation.reply(conditions, artifact.sha256(), artifact.size()),
				artifact.sha256(), artifact.size(), cacheControl, conditions.get());
		if (body instanceof Body.Region region) {
			response.sendFile(hit.file(), region.range());
		}
		else if (body instanceof Body.Parts parts) {
			try (FileChannel file = FileChannel.open(hit.file(), StandardOpenOption.READ)) {
				parts.parts().writeTo(response.body(), file);
			}
		}
	}

}
