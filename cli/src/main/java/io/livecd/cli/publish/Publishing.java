package io.livecd.cli.publish;

import io.livecd.common.checksum.Sha256;
import io.livecd.common.event.Artifact;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Publishes one build: opens it, uploads every file (each retried on its own), and
 * completes it with the manifest of what was sent. A build already published is checked
 * against the local files and answered with its event id.
 */
class Publishing {

	private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

	private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

	private final BuildServiceClient client;

	private final Progress progress;

	private final PrintWriter log;

	private final int retries;

	private final Sleeper sleeper;

	Publishing(BuildServiceClient client, Progress progress, PrintWriter log, int retries, Sleeper sleeper) {
		this.client = client;
		this.progress = progress;
		this.log = log;
		this.retries = retries;
		this.sleeper = sleeper;
	}

	/**
	 * @return the id of the {@code build.completed} event
	 */
	String publish(BuildRequest build, List<Path> files) {
		boolean published = retrying(() -> this.client.open(build));
		List<Artifact> manifest = new ArrayList<>();
		if (published) {
			this.log.println(build + " is already published; checking the files against it");
			files.forEach((file) -> manifest.add(hash(file)));
		}
		else {
			this.log.println("Opened " + build);
			for (Path file : files) {
				Artifact sent = retrying(
						() -> this.client.upload(build, file, file.getFileName().toString(), this.progress));
				this.log.println("Uploaded " + sent.name() + " (" + Progress.size(sent.size()) + ", sha256 "
						+ sent.sha256() + ")");
				manifest.add(sent);
			}
		}
		String eventId = retrying(() -> this.client.complete(build, manifest));
		this.log.println("Published " + build + ": event " + eventId);
		return eventId;
	}

	private <T> T retrying(Supplier<T> action) {
		Duration backoff = FIRST_BACKOFF;
		for (int attempt = 1;; attempt++) {
			try {
				return action.get();
			}
			catch (PublishException ex) {
				if (!ex.retryable() || attempt > this.retries) {
					throw ex;
				}
				this.log.println(ex.getMessage() + "; trying again in " + backoff.toSeconds() + " s (retry " + attempt
						+ " of " + this.retries + ")");
				this.log.flush();
				this.sleeper.sleep(backoff);
				backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
			}
		}
	}

	private static Artifact hash(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return new Artifact(file.getFileName().toString(), Files.size(file), Sha256.of(in));
		}
		catch (IOException ex) {
			throw new PublishException("cannot read " + file + ": " + ex.getMessage());
		}
	}

	/** Waits between attempts; tests do not. */
	@FunctionalInterface
	interface Sleeper {

		void sleep(Duration duration);

	}

}
