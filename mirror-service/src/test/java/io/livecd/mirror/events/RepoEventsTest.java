package io.livecd.mirror.events;

import static io.livecd.mirror.cache.application.CacheFixture.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import io.livecd.common.checksum.Sha256;
import io.livecd.common.event.AliasTarget;
import io.livecd.common.event.AliasUpdateReason;
import io.livecd.common.event.AliasUpdated;
import io.livecd.common.event.Artifact;
import io.livecd.common.event.ArtifactsPublished;
import io.livecd.common.event.BuildPruned;
import io.livecd.mirror.alias.application.MovingAlias;
import io.livecd.mirror.alias.model.AliasTable;
import io.livecd.mirror.cache.application.CacheFixture;
import io.livecd.mirror.cache.application.PrewarmingCache;
import io.livecd.mirror.cache.application.PruningBuild;
import io.livecd.mirror.cache.application.RetryPolicy;
import io.livecd.mirror.cache.model.ArtifactKey;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The second delivery of an event changes nothing; a failed first one is redone. */
class RepoEventsTest {

	private static final String JOB = "build_iso_speedtest_el8";

	private static final Instant T1 = Instant.parse("2026-01-01T00:00:00Z");

	@TempDir
	Path root;

	private CacheFixture cache;

	private final ThreadPoolExecutor workers = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
			new SynchronousQueue<>());

	private AliasTable aliases;

	private RepoEvents events;

	@BeforeEach
	void setUp() {
		this.cache = new CacheFixture(this.root);
		PrewarmingCache prewarming = new PrewarmingCache(this.cache.known, this.cache.index, this.cache.filling,
				this.cache.eviction, this.cache.reports, this.cache.ledger, this.workers,
				Executors.newSingleThreadScheduledExecutor(), new RetryPolicy(0, Duration.ZERO, Duration.ZERO));
		this.aliases = new AliasTable();
		MovingAlias moving = new MovingAlias(this.aliases, this.cache.index, prewarming);
		this.cache.listeners.add(moving);
		this.events = new RepoEvents(prewarming, moving, new PruningBuild(this.cache.known, this.cache.index,
				prewarming, this.cache.filling, this.cache.eviction));
	}

	@AfterEach
	void tearDown() {
		this.workers.shutdownNow();
		this.cache.close();
	}

	@Test
	void shouldHandleAnEventAgainWhenItsFirstDeliveryFailed() {
		ArtifactsPublished published = published(7, bytes(10_000, 7));
		CountDownLatch busy = new CountDownLatch(1);
		this.workers.execute(() -> awaitQuietly(busy));

		assertThatExceptionOfType(RejectedExecutionException.class).isThrownBy(() -> this.events.handle(published));
		busy.countDown();
		await().until(() -> this.workers.getActiveCount() == 0);
		this.events.handle(published);

		await().untilAsserted(
				() -> assertThat(this.cache.reports.synced).containsExactly("builds/" + JOB + "/speedtest-7.squashfs"));
	}

	@Test
	void shouldChangeNothingOnASecondDeliveryOfAnyEvent() {
		byte[] content = bytes(10_000, 8);
		ArtifactsPublished published = published(8, content);
		AliasUpdated moved = new AliasUpdated("alias-8", T1, "speedtest.squashfs", null, target(8, content),
				AliasUpdateReason.PUBLISH, "repo-service");
		BuildPruned pruned = new BuildPruned("pruned-8", T1.plusSeconds(60), JOB, 8, List.of("speedtest-8.squashfs"));

		this.events.handle(published);
		this.events.handle(moved);
		await().untilAsserted(() -> assertThat(this.cache.reports.synced).hasSize(1));
		this.events.handle(published);
		this.events.handle(moved);
		this.events.handle(pruned);
		this.events.handle(pruned);
		this.events.handle(published);

		assertThat(this.cache.upstream.fetches(new ArtifactKey(JOB, "speedtest-8.squashfs"))).isEqualTo(1);
		assertThat(this.cache.reports.synced).hasSize(1);
		assertThat(this.cache.reports.evicted).hasSize(1);
	}

	@Test
	void shouldKeepTheNewestAliasTargetWhenMovesArriveOutOfOrder() {
		byte[] older = bytes(1000, 9);
		byte[] newer = bytes(1000, 10);
		published(9, older);
		published(10, newer);

		this.events.handle(new AliasUpdated("alias-10", T1.plusSeconds(10), "speedtest.squashfs", target(9, older),
				target(10, newer), AliasUpdateReason.PUBLISH, "repo-service"));
		this.events.handle(new AliasUpdated("alias-9", T1, "speedtest.squashfs", null, target(9, older),
				AliasUpdateReason.PUBLISH, "repo-service"));

		assertThat(this.aliases.get("speedtest.squashfs").orElseThrow().target()).isEqualTo(target(10, newer));
	}

	private ArtifactsPublished published(long build, byte[] content) {
		String file = "speedtest-" + build + ".squashfs";
		this.cache.upstream.serve(new ArtifactKey(JOB, file), content);
		return new ArtifactsPublished("published-" + build, T1, JOB, build,
				List.of(new Artifact(file, content.length, Sha256.of(content))));
	}

	private static AliasTarget target(long build, byte[] content) {
		return new AliasTarget(JOB, build, "speedtest-" + build + ".squashfs", content.length, Sha256.of(content));
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
