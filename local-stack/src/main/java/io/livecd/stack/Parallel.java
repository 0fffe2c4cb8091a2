package io.livecd.stack;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Runs one blocking task per element, each on its own thread: the common pool has a
 * single thread on a two-core machine, and these tasks mostly wait.
 */
final class Parallel {

	private Parallel() {
	}

	/**
	 * Applies {@code task} to every element at once; the results keep the elements'
	 * order.
	 */
	static <T, R> List<R> map(List<T> elements, Function<T, R> task) {
		if (elements.isEmpty()) {
			return List.of();
		}
		ExecutorService threads = Executors.newFixedThreadPool(elements.size(), (runnable) -> {
			Thread thread = new Thread(runnable, "livecd-stack");
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<CompletableFuture<R>> running = elements.stream()
				.map((element) -> CompletableFuture.supplyAsync(() -> task.apply(element), threads))
				.toList();
			return running.stream().map(Parallel::join).toList();
		}
		finally {
			threads.shutdown();
		}
	}

	private static <R> R join(CompletableFuture<R> future) {
		try {
			return future.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

}
