package io.livecd.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.livecd.cli.publish.TopicEvents;
import io.livecd.common.checksum.Sha256;
import io.livecd.common.event.AliasUpdated;
import io.livecd.common.event.ArtifactsPublished;
import io.livecd.common.event.Topics;
import io.livecd.stack.LocalStack;
import io.livecd.stack.StackDescription;
import io.livecd.stack.StackSettings;
import io.livecd.stack.TestStacks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 7's operations through the real processes: {@code livecd demo} starts the local
 * stack from nothing (free ports, a temporary data folder: Kafka, s3proxy, every service,
 * two mirrors, the Foreman simulator), then the steps drive it with {@code livecd}
 * commands and check what every mirror serves and what Foreman says in every location.
 * One stack for the class; the steps run in order and build on each other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsIT {

	private static final String JOB = IsoBuilds.JOB;

	private static final String ALIAS = EveryLocation.ALIAS;

	private static final Duration FOLLOWS = Duration.ofMinutes(3);

	@TempDir
	static Path home;

	@TempDir
	static Path files;

	private Livecd.Run demo;

	private LocalStack stack;

	private StackProbe probe;

	private TopicEvents repoLog;

	private IsoBuilds builds;

	private EveryLocation everyLocation;

	private long first;

	private Instant betweenFirstAndSecond;

	@BeforeAll
	void startTheStackWithTheDemo() {
		assumeTrue(TestStacks.jarsBuilt(), TestStacks.JARS_MISSING);
		Map<String, String> environment = TestStacks.environment(home);
		this.stack = new LocalStack(TestStacks.settings(environment), System.out);
		this.demo = Livecd.inItsOwnProcess(environment, Path.of("target", "operations-it", "demo.log"),
				Duration.ofMinutes(12), "demo", "--timeout", "240");
		StackDescription described = this.stack.description()
			.orElseThrow(() -> new AssertionError("the demo left no running stack: " + this.demo));
		this.probe = new StackProbe(described);
		this.repoLog = new TopicEvents(described.kafka().bootstrap(), Topics.REPO);
		this.builds = new IsoBuilds(files, described);
		this.everyLocation = new EveryLocation(this.probe, this.builds);
	}

	@AfterAll
	void stopTheStack() {
		if (this.stack != null) {
			this.stack.down();
		}
	}

	@Test
	@Order(1)
	void demoShouldStartTheStackFromNothingPublishRollBackAndEndWithASummary() {
		assertThat(this.demo.exit()).as("%s", this.demo).isZero();
		assertThat(this.demo.out()).contains("starting the local stack in " + home)
			.contains("sample builds: " + SampleBuilds.onThisMachine().describe())
			.contains("published build 3 of " + JOB + " and " + SampleBuilds.DRACUT_JOB)
			.contains("every mirror serves build 3 warm")
			.contains("rolled back speedtest.squashfs", "rolled back initrd", "rolled back vmlinuz")
			.containsPattern("demo done in \\d+ s: 3 builds published")
			.contains("Dashboard: " + this.probe.repo() + "/");
		assertThat(this.probe.aliasBuild(ALIAS)).isEqualTo(2);
		assertThat(this.probe.foremanParameter(EveryLocation.PARAMETER)).containsOnlyKeys("ams", "nyc")
			.allSatisfy((location, value) -> assertThat(value).isEqualTo(IsoBuilds.path(2)));
		byte[] central = this.probe.bytes(this.probe.repo() + "/livecd/builds/" + JOB + "/speedtest-2.squashfs");
		assertThat(this.probe.mirrorsSha256(ALIAS))
			.allSatisfy((location, served) -> assertThat(served).as(location).isEqualTo(Sha256.of(central)));
		if (SampleBuilds.mksquashfs(System.getenv().getOrDefault("PATH", "")).isPresent()) {
			assertThat(new String(central, 0, 4, StandardCharsets.US_ASCII)).as("squashfs magic").isEqualTo("hsqs");
		}
	}

	@Test
	@Order(2)
	void shouldBringThreeNewBuildsToEveryMirrorAndForeman() {
		this.first = this.probe.highestBuild() + 1;
		this.builds.publish(this.first);
		await().atMost(FOLLOWS).untilAsserted(() -> assertThat(this.probe.aliasBuild(ALIAS)).isEqualTo(this.first));
		this.betweenFirstAndSecond = Instant.now();
		this.builds.publish(this.first + 1);
		this.builds.publish(this.first + 2);

		this.everyLocation.awaitOn(this.first + 2);
	}

	@Test
	@Order(3)
	void rollbackShouldMakeEveryLocationServeAndBootThePreviousBuild() {
		Livecd.Run rollback = ops("rollback", ALIAS);

		assertThat(rollback.exit()).as("%s", rollback).isZero();
		assertThat(rollback.out())
			.contains("-> speedtest-" + (this.first + 1) + ".squashfs (build " + (this.first + 1) + ")");
		this.everyLocation.awaitOn(this.first + 1);
		String[] history = ops("history", ALIAS).out().strip().split("\n");
		assertThat(history[history.length - 1]).contains("rollback", "dev-ops",
				"speedtest-" + (this.first + 2) + ".squashfs", "speedtest-" + (this.first + 1) + ".squashfs");
	}

	@Test
	@Order(4)
	void replayWithoutApplyShouldPrintTheDifferenceAndChangeNothing() {
		int moves = aliasMoves();

		Livecd.Run replay = ops("replay", "--until", this.betweenFirstAndSecond, "--kafka", kafka());

		assertThat(replay.exit()).as("%s", replay).isZero();
		assertThat(replay.out())
			.contains(ALIAS + ": build " + (this.first + 1) + " now, build " + this.first + " (speedtest-" + this.first
					+ ".squashfs)")
			.contains("1 alias(es) differ; --apply restores them");
		assertThat(aliasMoves()).isEqualTo(moves);
		this.everyLocation.assertOn(this.first + 1);
	}

	@Test
	@Order(5)
	void replayWithApplyShouldRestoreThatStateEverywhereAndASecondReplayShouldDoNothing() {
		int moves = aliasMoves();

		Livecd.Run replay = ops("replay", "--until", this.betweenFirstAndSecond, "--kafka", kafka(), "--apply");

		assertThat(replay.out()).as("%s", replay).contains(ALIAS + ": restored to build " + this.first);
		this.everyLocation.awaitOn(this.first);
		assertThat(aliasMoves()).isEqualTo(moves + 1);
		Livecd.Run again = ops("replay", "--until", this.betweenFirstAndSecond, "--kafka", kafka(), "--apply");
		assertThat(again.out()).as("%s", again).startsWith("Nothing to replay");
		assertThat(aliasMoves()).isEqualTo(moves + 1);
		assertThat(this.probe.aliasBuild(ALIAS)).isEqualTo(this.first);
	}

	@Test
	@Order(6)
	void pinShouldKeepTheAliasWhileTheNextBuildIsStoredAndListed() {
		Livecd.Run pin = ops("pin", ALIAS, "--build", this.first);
		assertThat(pin.out()).as("%s", pin).contains("pinned to build " + this.first);
		Livecd.Run demoWhilePinned = ownProcess("demo-pinned", "demo");
		assertThat(demoWhilePinned.exit()).as("%s", demoWhilePinned).isEqualTo(1);
		assertThat(demoWhilePinned.out()).contains("livecd: " + ALIAS + " is pinned to build " + this.first)
			.contains("./livecd unpin " + ALIAS);
		long next = this.first + 3;
		assertThat(this.probe.highestBuild()).as("the demo published nothing").isEqualTo(next - 1);

		this.builds.publish(next);

		await().atMost(FOLLOWS)
			.untilAsserted(() -> assertThat(this.repoLog.all(ArtifactsPublished.class))
				.anySatisfy((published) -> assertThat(published.build()).isEqualTo(next)));
		assertThat(new Http().get(this.probe.repo() + "/api/v1/jobs/" + JOB + "/builds/" + next).path("build").asLong())
			.isEqualTo(next);
		assertThat(this.probe.highestBuild()).isEqualTo(next);
		assertThat(this.repoLog.all(AliasUpdated.class))
			.noneSatisfy((moved) -> assertThat(moved.target().build()).isEqualTo(next));
		this.everyLocation.assertOn(this.first);
	}

	@Test
	@Order(7)
	void unpinShouldMoveNothingAndLetTheNextBuildMoveTheAlias() {
		int moves = aliasMoves();

		Livecd.Run unpin = ops("unpin", ALIAS);

		assertThat(unpin.out()).as("%s", unpin).contains("unpinned: now").doesNotContain("pinned to");
		assertThat(this.probe.aliasBuild(ALIAS)).isEqualTo(this.first);
		assertThat(aliasMoves()).isEqualTo(moves);
		this.builds.publish(this.first + 4);
		this.everyLocation.awaitOn(this.first + 4);
	}

	@Test
	@Order(8)
	void statusShouldFindTheLocalStackWithoutFlagsAndSayEveryLocationFollows() {
		Livecd.Run status = ownProcess("status", "status");

		assertThat(status.exit()).as("%s", status).isZero();
		assertThat(status.out()).contains(ALIAS + ": build " + (this.first + 4))
			.contains("live_squash = " + IsoBuilds.path(this.first + 4));
	}

	/**
	 * A command of role ops, told where repo-service is and the ops token by its flags.
	 */
	private Livecd.Run ops(Object... args) {
		List<Object> all = new ArrayList<>(List.of(args));
		all.addAll(List.of("--repo-url", this.probe.repo(), "--token", this.probe.stack().tokens().get("ops")));
		return Livecd.inProcess(all.toArray());
	}

	/**
	 * A command as {@code ./livecd} runs it against this stack: its own JVM, only
	 * {@code LIVECD_HOME} set, no flags.
	 */
	private Livecd.Run ownProcess(String log, String... args) {
		return Livecd.inItsOwnProcess(Map.of(StackSettings.HOME, home.toString()),
				Path.of("target", "operations-it", log + ".log"), Duration.ofMinutes(2), args);
	}

	private int aliasMoves() {
		return (int) this.repoLog.all(AliasUpdated.class)
			.stream()
			.filter((moved) -> moved.alias().equals(ALIAS))
			.count();
	}

	private String kafka() {
		return this.probe.stack().kafka().bootstrap();
	}

}
