package io.livecd.build.publish.infrastructure;

import io.minio.messages.Part;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One S3 multipart upload fed part by part from full buffers: up to {@code inFlight}
 * parts are signed (the SDK hashes each part) and sent to S3 by the {@code senders} while
 * the request thread fills the next buffer, and each buffer goes back to the pool as soon
 * as its part is stored. Nothing is visible until {@link #complete()}.
 */
class MultipartUpload {

	private static final Logger log = LoggerFactory.getLogger(MultipartUpload.class);

	private final S3Objects s3;

	private final PartBuffers buffers;

	private final String key;

	private final String uploadId;

	private final int inFlight;

	private final Executor senders;

	private final Deque<CompletableFuture<Part>> sending = new ArrayDeque<>();

	private final List<Part> stored = new ArrayList<>();

	MultipartUpload(S3Objects s3, PartBuffers buffers, String key, int inFlight, Executor senders) {
		this.s3 = s3;
		this.buffers = buffers;
		this.key = key;
		this.inFlight = inFlight;
		this.senders = senders;
		this.uploadId = s3.startUpload(key);
	}

	/**
	 * Sends a buffer as the next part; the buffer is released once the part is stored.
	 */
	void send(byte[] buffer, int length) {
		if (this.sending.size() >= this.inFlight) {
			this.stored.add(S3Calls.await("upload a part of " + this.key, this.sending.removeFirst()));
		}
		int number = this.stored.size() + this.sending.size() + 1;
		CompletableFuture<Part> part = CompletableFuture
			.supplyAsync(() -> this.s3.uploadPart(this.key, this.uploadId, number, buffer, length), this.senders)
			.thenCompose(Function.identity());
		this.sending.addLast(part.whenComplete((stored, failure) -> this.buffers.release(buffer)));
	}

	/** Waits until every part sent is stored; throws if one failed. */
	void finishParts() {
		while (!this.sending.isEmpty()) {
			this.stored.add(S3Calls.await("upload a part of " + this.key, this.sending.removeFirst()));
		}
	}

	void complete() {
		this.s3.completeUpload(this.key, this.uploadId, this.stored);
	}

	/** Waits for the parts still travelling, then drops the upload and its parts. */
	void abort() {
		while (!this.sending.isEmpty()) {
			this.sending.removeFirst().handle((part, failure) -> part).join();
		}
		try {
			this.s3.abortUpload(this.key, this.uploadId);
		}
		catch (RuntimeException ex) {
			log.warn("Could not abort upload {} of {}; the staging sweep or a lifecycle rule must: {}", this.uploadId,
					this.key, ex.getMessage());
		}
	}

}
