package io.livecd.build.publish.infrastructure;

import io.livecd.build.publish.application.ArtifactWrite;
import io.livecd.build.publish.application.StagingUnavailableException;
import io.livecd.build.publish.infrastructure.StagingDocuments.ChecksumDocument;
import io.livecd.build.publish.model.BuildId;
import io.livecd.common.event.Artifact;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Executor;

/**
 * An artifact streamed into S3 but not yet visible: content that fits one buffer waits in
 * it for the commit; larger content of unknown length or beyond one PUT is an unfinished
 * multipart upload (known lengths up to one PUT go as a {@link StreamedArtifactWrite}).
 * Committing makes the object and then its checksum record; closing without a commit
 * drops the bytes.
 */
final class S3ArtifactWrite implements ArtifactWrite {

	private final S3Objects s3;

	private final PartBuffers buffers;

	private final BuildId id;

	private final String name;

	private final byte[] whole;

	private final int length;

	private final MultipartUpload upload;

	private boolean finished;

	private S3ArtifactWrite(S3Objects s3, PartBuffers buffers, BuildId id, String name, byte[] whole, int length,
			MultipartUpload upload) {
		this.s3 = s3;
		this.buffers = buffers;
		this.id = id;
		this.name = name;
		this.whole = whole;
		this.length = length;
		this.upload = upload;
	}

	/** Reads the content to its end into S3; on any failure nothing stays behind. */
	static S3ArtifactWrite stream(S3Objects s3, PartBuffers buffers, int inFlight, Executor senders, BuildId id,
			String name, InputStream content) throws IOException {
		byte[] first = buffers.acquire();
		int length = fill(buffers, first, content);
		if (length < first.length) {
			return new S3ArtifactWrite(s3, buffers, id, name, first, length, null);
		}
		MultipartUpload upload;
		try {
			upload = new MultipartUpload(s3, buffers, StagingKeys.artifact(id, name), inFlight, senders);
		}
		catch (RuntimeException ex) {
			buffers.release(first);
			throw ex;
		}
		try {
			upload.send(first, length);
			sendRest(upload, buffers, content);
			upload.finishParts();
		}
		catch (IOException | RuntimeException ex) {
			upload.abort();
			throw ex;
		}
		return new S3ArtifactWrite(s3, buffers, id, name, null, 0, upload);
	}

	private static void sendRest(MultipartUpload upload, PartBuffers buffers, InputStream content) throws IOException {
		while (true) {
			byte[] buffer = buffers.acquire();
			int length = fill(buffers, buffer, content);
			if (length == 0) {
				buffers.release(buffer);
				return;
			}
			upload.send(buffer, length);
			if (length < buffer.length) {
				return;
			}
		}
	}

	private static int fill(PartBuffers buffers, byte[] buffer, InputStream content) throws IOException {
		try {
			return content.readNBytes(buffer, 0, buffer.length);
		}
		catch (IOException | RuntimeException ex) {
			buffers.release(buffer);
			throw ex;
		}
	}

	@Override
	public void commit(Artifact verified) {
		String key = StagingKeys.artifact(this.id, this.name);
		boolean stored = false;
		try {
			if (this.upload != null) {
				this.upload.complete();
			}
			else {
				this.s3.putBytes(key, this.whole, this.length);
			}
			stored = true;
		}
		finally {
			if (stored) {
				this.finished = true;
				if (this.whole != null) {
					this.buffers.release(this.whole);
				}
			}
			else {
				close();
			}
		}
		recordChecksum(this.s3, this.id, this.name, verified);
	}

	/**
	 * Writes the checksum record of an artifact just stored, naming the stored object's
	 * ETag: the artifact counts only while both agree.
	 */
	static void recordChecksum(S3Objects s3, BuildId id, String name, Artifact verified) {
		String key = StagingKeys.artifact(id, name);
		String etag = s3.stat(key)
			.orElseThrow(() -> new StagingUnavailableException(key + " vanished right after it was written", null))
			.etag();
		s3.write(StagingKeys.checksum(id, name),
				StagingDocuments.checksum(new ChecksumDocument(name, verified.size(), verified.sha256(), etag)));
	}

	@Override
	public void close() {
		if (this.finished) {
			return;
		}
		this.finished = true;
		if (this.upload != null) {
			this.upload.abort();
		}
		else {
			this.buffers.release(this.whole);
		}
	}

}
