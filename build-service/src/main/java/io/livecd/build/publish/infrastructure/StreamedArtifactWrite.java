package io.livecd.build.publish.infrastructure;

import io.livecd.build.publish.application.ArtifactWrite;
import io.livecd.build.publish.application.StagingUnavailableException;
import io.livecd.build.publish.model.BuildId;
import io.livecd.common.event.Artifact;
import io.livecd.s3.GuardedPut;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import okio.BufferedSink;
import okio.Okio;
import okio.Pipe;

/**
 * An artifact of announced length streamed into S3 as one guarded PUT, which the store
 * writes as it arrives and need not assemble afterwards. The request thread reads the
 * body in chunks into a pipe of one part buffer's size (reserved from the pool until the
 * PUT ends); a sender thread writes the pipe into the PUT, all but its last byte.
 * {@link #commit} lets the last byte go; closing without a commit cuts the PUT short, so
 * the store keeps nothing.
 */
final class StreamedArtifactWrite implements ArtifactWrite {

	/** How much of the body the request thread reads before it hands it on. */
	private static final int CHUNK = 256 * 1024;

	private final S3Objects s3;

	private final PartBuffers buffers;

	private final BuildId id;

	private final String name;

	private final CompletableFuture<Boolean> decision = new CompletableFuture<>();

	private CompletableFuture<Boolean> sent;

	private boolean finished;

	private StreamedArtifactWrite(S3Objects s3, PartBuffers buffers, BuildId id, String name) {
		this.s3 = s3;
		this.buffers = buffers;
		this.id = id;
		this.name = name;
	}

	/**
	 * Whether an artifact of the announced length goes this way: larger than one buffer,
	 * which would otherwise be the first part of a multipart upload, and within one PUT.
	 */
	static boolean fits(long announced, int bufferSize, long maxSinglePut) {
		return announced >= bufferSize && announced <= Math.min(maxSinglePut, GuardedPut.MAX_LENGTH);
	}

	/** Reads the content to its end into the PUT; on any failure nothing stays behind. */
	static StreamedArtifactWrite stream(S3Objects s3, GuardedPut put, PartBuffers buffers, Executor senders, BuildId id,
			String name, InputStream content, long length) throws IOException {
		buffers.reserve();
		StreamedArtifactWrite write = new StreamedArtifactWrite(s3, buffers, id, name);
		try {
			Pipe pipe = new Pipe(buffers.size());
			write.sent = CompletableFuture.supplyAsync(() -> write.send(put, pipe, length), senders);
			feed(content, new byte[CHUNK], Okio.buffer(pipe.sink()));
		}
		catch (IOException | RuntimeException ex) {
			write.close();
			throw ex;
		}
		return write;
	}

	/**
	 * Reads all of the content, a chunk at a time, passing it on while the sender takes
	 * it: should the sender stop early, the rest is still read (the caller counts and
	 * hashes it), and the commit reports why the sender stopped. Ends the pipe however it
	 * ends.
	 */
	private static void feed(InputStream content, byte[] buffer, BufferedSink pipe) throws IOException {
		boolean passing = true;
		try {
			int n;
			while ((n = content.readNBytes(buffer, 0, buffer.length)) > 0) {
				if (passing) {
					passing = pass(pipe, buffer, n);
				}
			}
		}
		finally {
			end(pipe);
		}
	}

	private static boolean pass(BufferedSink pipe, byte[] buffer, int length) {
		try {
			pipe.write(buffer, 0, length);
			return true;
		}
		catch (IOException senderStopped) {
			return false;
		}
	}

	private static void end(BufferedSink pipe) {
		try {
			pipe.close();
		}
		catch (IOException senderStopped) {
			// the sender has stopped reading: nothing is waiting for the end
		}
	}

	/** On a sender thread: the PUT, whose last byte waits for the decision. */
	private boolean send(GuardedPut put, Pipe pipe, long length) {
		String key = StagingKeys.artifact(this.id, this.name);
		try (InputStream in = new PipeInput(pipe.source())) {
			return put.put(key, in, length, Map.of(), this.decision::join);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void commit(Artifact verified) {
		String key = StagingKeys.artifact(this.id, this.name);
		this.finished = true;
		this.decision.complete(true);
		try {
			if (!S3Calls.await("write " + key, this.sent)) {
				throw new StagingUnavailableException(key + " was cut short on its way to S3", null);
			}
		}
		finally {
			this.buffers.unreserve();
		}
		S3ArtifactWrite.recordChecksum(this.s3, this.id, this.name, verified);
	}

	/**
	 * Cuts the PUT short unless it was committed, and waits until it has ended: the
	 * pipe's share of the buffers is free again.
	 */
	@Override
	public void close() {
		if (this.finished) {
			return;
		}
		this.finished = true;
		this.decision.complete(false);
		if (this.sent != null) {
			this.sent.handle((written, failure) -> written).join();
		}
		this.buffers.unreserve();
	}

}
