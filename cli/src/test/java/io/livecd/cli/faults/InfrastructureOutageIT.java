package io.livecd.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.livecd.cli.publish.PublishCommand;
import io.livecd.common.event.ArtifactsPublished;
import io.livecd.common.event.BuildCompleted;
import io.livecd.common.event.LivecdEvent;
import io.livecd.common.event.Topics;
import io.livecd.stack.TestStacks;
import io.livecd.testkit.TopicRecords;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The Kafka broker, then the S3 server, stopped for 20 s while {@code livecd publish}
 * runs against the whole stack (every service a process, as {@code ./livecd up} runs it):
 * each build is published exactly once and every location converges.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InfrastructureOutageIT {

	private static final String JOB = "build_iso_speedtest_el8";

	private static final String ALIAS = "speedtest.squashfs";

	private static final Duration OUTAGE = Duration.ofSeconds(20);

	@TempDir
	static Path home;

	@TempDir
	static Path files;

	private static RunningStack stack;

	@BeforeAll
	static void startStack() {
		assumeTrue(TestStacks.jarsBuilt(), TestStacks.JARS_MISSING);
		stack = RunningStack.start(home);
	}

	@AfterAll
	static void stopStack() {
		if (stack != null) {
			stack.close();
		}
	}

	@Test
	@Order(1)
	void shouldPublishExactlyOnceAndConvergeEverywhereWhenKafkaStopsDuringAPublish() throws IOException {
		Path before = file(10);
		StringWriter log = new StringWriter();
		assertThat(publish(10, before, log)).as(log::toString).isZero();
		awaitConverged(10, before);
		Path squashfs = file(11);
		stack.stack().stopInfrastructure("kafka");
		Instant stopped = Instant.now();
		CompletableFuture<Integer> publish = CompletableFuture.supplyAsync(() -> publish(11, squashfs, log));
		await().atMost(OUTAGE.multipliedBy(2))
			.until(() -> Instant.now().isAfter(stopped.plus(OUTAGE)) && log.toString().contains("503"));
		stack.stack().startInfrastructure("kafka");

		assertThat(publish.join()).as(log::toString).isZero();
		assertThat(log.toString()).contains("trying again");
		awaitConverged(11, squashfs);
		assertPublishedOnce(11);
	}

	@Test
	@Order(2)
	void shouldAnswer503WhileS3IsDownKeepServingFromTheMirrorsAndPublishOnceTheCliRetries() throws IOException {
		Path before = files.resolve("speedtest-11.squashfs");
		assumeTrue(Files.exists(before), "runs after the Kafka outage, which publishes build 11");
		Path squashfs = file(12);
		Set<String> aliasTargets = ConcurrentHashMap.newKeySet();
		StringWriter log = new StringWriter();
		stack.stack().stopInfrastructure("s3");
		Instant stopped = Instant.now();
		CompletableFuture<Integer> publish = CompletableFuture.supplyAsync(() -> publish(12, squashfs, log));
		await().atMost(OUTAGE.multipliedBy(2)).untilAsserted(() -> {
			for (String location : stack.description().mirrors().keySet()) {
				assertThat(stack.fetch(stack.description().boot().get(location) + "/livecd/" + ALIAS).body())
					.isEqualTo(Files.readAllBytes(before));
			}
			aliasTargets.addAll(stack.repoAliasTargets());
			assertThat(Instant.now()).isAfter(stopped.plus(OUTAGE));
			assertThat(log.toString()).contains("503");
		});
		stack.stack().startInfrastructure("s3");

		assertThat(publish.join()).as(log::toString).isZero();
		assertThat(log.toString()).contains("trying again");
		awaitConverged(12, squashfs);
		assertPublishedOnce(12);
		aliasTargets.addAll(stack.repoAliasTargets());
		String repo = stack.description().services().get("repo-service");
		assertThat(aliasTargets).isNotEmpty()
			.allSatisfy((target) -> assertThat(stack.fetch(repo + "/livecd/" + target).statusCode()).isEqualTo(200));
	}

	private static void awaitConverged(long build, Path squashfs) {
		byte[] expected = readAll(squashfs);
		await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
			for (String location : stack.description().mirrors().keySet()) {
				assertThat(stack.mirrorServes(location, ALIAS)).as(location).hasValue(build);
				assertThat(stack.fetch(stack.description().boot().get(location) + "/livecd/" + ALIAS).body())
					.isEqualTo(expected);
				assertThat(stack.foremanValues(location, "live_squash")).as(location)
					.singleElement()
					.satisfies((value) -> assertThat(value).endsWith("speedtest-" + build + ".squashfs"));
			}
		});
	}

	private static void assertPublishedOnce(long build) {
		List<LivecdEvent> events = TopicRecords.events(stack.description().kafka().bootstrap(), Topics.BUILDS,
				Topics.REPO);
		assertThat(events).filteredOn(BuildCompleted.class::isInstance)
			.map(BuildCompleted.class::cast)
			.filteredOn((completed) -> completed.build() == build)
			.hasSize(1);
		assertThat(events).filteredOn(ArtifactsPublished.class::isInstance)
			.map(ArtifactsPublished.class::cast)
			.filteredOn((published) -> published.build() == build)
			.hasSize(1);
	}

	private static int publish(long build, Path squashfs, StringWriter log) {
		CommandLine command = new CommandLine(new PublishCommand());
		command.setOut(new PrintWriter(new StringWriter(), true));
		command.setErr(new PrintWriter(log, true));
		return command.execute("--server", stack.buildService(), "--token", stack.description().tokens().get("ci"),
				"--retries", "6", "--job", JOB, "--build", Long.toString(build), "--image", "speedtest",
				squashfs.toString());
	}

	private static Path file(long build) throws IOException {
		byte[] bytes = new byte[4 << 20];
		new Random(build).nextBytes(bytes);
		return Files.write(files.resolve("speedtest-" + build + ".squashfs"), bytes);
	}

	private static byte[] readAll(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
