package io.livecd.build.publish.infrastructure;

import io.livecd.build.publish.application.StagingUnavailableException;
import io.minio.errors.ErrorResponseException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Runs MinIO calls to their end: every failure becomes a
 * {@link StagingUnavailableException} naming what failed; a missing object or upload can
 * be an empty result instead.
 */
final class S3Calls {

	private static final Set<String> NOT_FOUND = Set.of("NoSuchKey", "NoSuchUpload", "NoSuchObject");

	private S3Calls() {
	}

	/** Waits for a call started earlier, such as a part upload. */
	static <T> T await(String what, CompletableFuture<T> future) {
		return await(what, () -> future);
	}

	static <T> T await(String what, Call<T> call) {
		try {
			return call.start().join();
		}
		catch (Exception ex) {
			throw new StagingUnavailableException("S3 failed to " + what + ": " + rootMessage(ex), ex);
		}
	}

	static <T> Optional<T> awaitFound(String what, Call<T> call) {
		try {
			return Optional.ofNullable(call.start().join());
		}
		catch (Exception ex) {
			if (cause(ex) instanceof ErrorResponseException error && NOT_FOUND.contains(error.errorResponse().code())) {
				return Optional.empty();
			}
			throw new StagingUnavailableException("S3 failed to " + what + ": " + rootMessage(ex), ex);
		}
	}

	private static Throwable cause(Throwable ex) {
		Throwable cause = ex;
		while ((cause instanceof CompletionException || cause instanceof ExecutionException)
				&& cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = cause(ex);
		return (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
	}

	/** One S3 call: starts it and returns its future. */
	@FunctionalInterface
	interface Call<T> {

		CompletableFuture<T> start() throws Exception;

	}

}
