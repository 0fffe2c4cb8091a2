package io.livecd.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import io.livecd.stack.LocalStack;
import io.livecd.stack.StackDescription;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** {@code livecd demo}: the whole flow on the local stack, in a few minutes. */
@Command(name = "demo", mixinStandardHelpOptions = true,
		header = "Show the whole flow on the local stack: publish, pre-warm, Foreman, rollback.",
		description = "Starts the local stack if it is not running (detached), publishes three sample builds of the"
				+ " ISO and dracut jobs, waits until both mirrors hold the newest warm and the Foreman simulator's"
				+ " parameters name it, rolls every alias back and waits until the locations follow.")
class DemoCommand implements Callable<Integer> {

	private static final Duration POLL = Duration.ofMillis(500);

	private static final Duration PROGRESS = Duration.ofSeconds(5);

	@Option(names = "--timeout", defaultValue = "300", paramLabel = "SECONDS",
			description = "how long each rollout may take (default: 300)")
	long timeoutSeconds;

	@Mixin
	Servers servers;

	@Spec
	CommandSpec spec;

	private final Http http = new Http();

	private final long start = System.nanoTime();

	@Override
	public Integer call() throws IOException {
		StackDescription stack = stack();
		String repo = stack.services().get("repo-service");
		DemoPublisher publisher = new DemoPublisher(stack.services().get("build-service"), stack.tokens().get("ci"));
		requireNothingPinned(repo);
		long base = highestBuild(repo);
		SampleBuilds samples = SampleBuilds.onThisMachine();
		say("sample builds: " + samples.describe());
		Path dir = Files.createTempDirectory("livecd-demo");
		try {
			for (long n = base + 1; n <= base + 3; n++) {
				publisher.publish(SampleBuilds.ISO_JOB, n, samples.iso(dir, n));
				publisher.publish(SampleBuilds.DRACUT_JOB, n, SampleBuilds.dracut(dir, n));
				say("published build " + n + " of " + SampleBuilds.ISO_JOB + " and " + SampleBuilds.DRACUT_JOB);
				long published = n;
				await("aliases on build " + n, () -> aliasesOn(repo, published));
				say("aliases: " + aliases(repo));
			}
			await("mirrors warm and Foreman on build " + (base + 3), () -> settled(base + 3));
			say("every mirror serves build " + (base + 3) + " warm; Foreman's live_squash names it in ams and nyc");
			for (JsonNode alias : this.http.get(repo + "/api/v1/aliases")) {
				String name = alias.path("alias").asString();
				JsonNode answer = this.http.send("POST", repo + "/api/v1/aliases/" + name + "/rollback",
						stack.tokens().get("ops"), Map.of());
				say("rolled back " + name + ": " + Formats.target(answer.path("previous")) + " -> "
						+ Formats.target(answer.path("target")));
			}
			await("mirrors and Foreman back on build " + (base + 2), () -> settled(base + 2));
			out().print(status().gather().render(Instant.now()));
			say("demo done in " + elapsed().toSeconds() + " s: 3 builds published, pre-warmed in ams and nyc, Foreman"
					+ " pointed at them, rolled back to build " + (base + 2));
			out().println(
					"Dashboard: " + repo + "/   History: ./livecd history speedtest.squashfs   Stop: ./livecd down");
			return 0;
		}
		finally {
			delete(dir);
		}
	}

	private StackDescription stack() {
		LocalStack local = Stacks.fromEnvironment();
		return local.description().orElseGet(() -> {
			say("starting the local stack in " + local.home() + " (detached)");
			if (local.up(true) != 0) {
				throw new IllegalStateException("the local stack did not start (see above)");
			}
			return local.description()
				.orElseThrow(() -> new IllegalStateException("the local stack wrote no stack.json"));
		});
	}

	/** A pinned alias would not follow the demo's builds: it would only wait and fail. */
	private void requireNothingPinned(String repo) {
		for (JsonNode alias : this.http.get(repo + "/api/v1/aliases")) {
			if (alias.path("pinnedBuild").isNumber()) {
				String name = alias.path("alias").asString();
				throw new IllegalStateException(name + " is pinned to build " + alias.path("pinnedBuild").asLong()
						+ " and would not follow the demo's builds; unpin it first: ./livecd unpin " + name);
			}
		}
	}

	private long highestBuild(String repo) {
		long highest = 0;
		for (JsonNode job : this.http.get(repo + "/api/v1/jobs")) {
			for (JsonNode build : job.path("builds")) {
				highest = Math.max(highest, build.asLong());
			}
		}
		return highest;
	}

	private boolean aliasesOn(String repo, long build) {
		for (JsonNode alias : this.http.get(repo + "/api/v1/aliases")) {
			if (alias.path("target").path("build").asLong(-1) != build) {
				return false;
			}
		}
		return true;
	}

	private String aliases(String repo) {
		StringJoiner text = new StringJoiner(", ");
		for (JsonNode alias : this.http.get(repo + "/api/v1/aliases")) {
			text.add(alias.path("alias").asString() + " -> " + alias.path("target").path("file").asString("-"));
		}
		return text.toString();
	}

	private boolean settled(long build) {
		return status().gather().settledOn(build);
	}

	private StatusCommand status() {
		StatusCommand status = new StatusCommand();
		status.servers = this.servers;
		return status;
	}

	/**
	 * Polls until {@code done}, a progress line every few seconds, or fails after the
	 * timeout.
	 */
	private void await(String what, BooleanSupplier done) {
		long began = System.nanoTime();
		long lastSaid = began;
		while (!done.getAsBoolean()) {
			long now = System.nanoTime();
			if (now - began > TimeUnit.SECONDS.toNanos(this.timeoutSeconds)) {
				throw new IllegalStateException("gave up waiting for " + what + " after " + this.timeoutSeconds
						+ " s; lagging: " + String.join(", ", status().gather().lagging()));
			}
			if (now - lastSaid > PROGRESS.toNanos()) {
				say("waiting for " + what + " (" + TimeUnit.NANOSECONDS.toSeconds(now - began) + " s); lagging: "
						+ String.join(", ", status().gather().lagging()));
				lastSaid = now;
			}
			pause();
		}
	}

	private static void pause() {
		try {
			TimeUnit.MILLISECONDS.sleep(POLL.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted");
		}
	}

	private void say(String line) {
		out().printf("[%5.1fs] %s%n", elapsed().toMillis() / 1000.0, line);
	}

	private Duration elapsed() {
		return Duration.ofNanos(System.nanoTime() - this.start);
	}

	private PrintWriter out() {
		return this.spec.commandLine().getOut();
	}

	private static void delete(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete " + dir, ex);
		}
	}

}
