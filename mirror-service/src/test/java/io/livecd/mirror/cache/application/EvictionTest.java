package io.livecd.mirror.cache.application;

import static io.livecd.mirror.cache.application.CacheFixture.bytes;
import static io.livecd.mirror.cache.application.CacheFixture.key;
import static io.livecd.mirror.cache.application.CacheFixture.known;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.livecd.mirror.cache.model.ArtifactKey;
import io.livecd.mirror.cache.model.CachedArtifact;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvictionTest {

	@TempDir
	Path root;

	private CacheFixture cache;

	@BeforeEach
	void setUp() {
		this.cache = new CacheFixture(this.root);
	}

	@AfterEach
	void tearDown() {
		this.cache.close();
	}

	private CachedArtifact fill(String file, int size) throws Exception {
		ArtifactKey key = key(file);
		this.cache.upstream.serve(key, bytes(size, file.hashCode()));
		return ((FillOutcome.Cached) this.cache.started(key).outcome().get()).artifact();
	}

	@Nested
	class Quota {

		@Test
		void shouldEvictLeastRecentlyUsedUnprotectedFilesAfterEachNewFile() throws Exception {
			ArtifactKey protectedKey = key("alias-target");
			EvictionTest.this.cache.listeners.add(new EnforcingQuota(EvictionTest.this.cache.index, 2500,
					() -> Long.MAX_VALUE / 4, 0, protectedKey::equals, EvictionTest.this.cache.eviction));
			fill("alias-target", 1000);
			CachedArtifact older = fill("older", 1000);
			fill("newer", 1000);
			await().untilAsserted(() -> assertThat(EvictionTest.this.cache.index.all()).extracting(CachedArtifact::key)
				.containsExactlyInAnyOrder(protectedKey, key("newer")));
			assertThat(EvictionTest.this.cache.disk.file(older.key())).doesNotExist();
			assertThat(EvictionTest.this.cache.reports.evicted).singleElement()
				.asString()
				.startsWith("builds/build_iso_speedtest_el8/older@0: over quota");
		}

	}

	/** The disk the cache is on, with as much free space as the test says. */
	private final AtomicLong free = new AtomicLong(Long.MAX_VALUE / 4);

	private void enforceWithReserve(long reserve, ArtifactKey... protectedKeys) {
		this.cache.listeners.add(new EnforcingQuota(this.cache.index, Long.MAX_VALUE / 4, this.free::get, reserve,
				List.of(protectedKeys)::contains, this.cache.eviction));
	}

	@Nested
	class DiskSpace {

		@Test
		void shouldEvictLeastRecentlyUsedFilesToKeepTheReserveFree() throws Exception {
			enforceWithReserve(500);
			List<ArtifactKey> heard = new CopyOnWriteArrayList<>();
			EvictionTest.this.cache.listeners.add((artifact) -> heard.add(artifact.key()));
			CachedArtifact older = fill("older", 1000);
			fill("newer", 1000);
			await().until(() -> heard.contains(key("newer")));
			ArtifactKey newest = key("newest");
			ScriptedUpstream.Script held = EvictionTest.this.cache.upstream.serve(newest, bytes(1000, 3)).holdAt(10);
			Fill filling = EvictionTest.this.cache.started(newest);
			assertThat(held.awaitHeld()).isTrue();
			EvictionTest.this.free.set(200);
			held.release();

			assertThat(filling.outcome().get()).isInstanceOf(FillOutcome.Cached.class);
			await().untilAsserted(() -> assertThat(EvictionTest.this.cache.index.all()).extracting(CachedArtifact::key)
				.containsExactlyInAnyOrder(key("newer"), key("newest")));
			assertThat(EvictionTest.this.cache.disk.file(older.key())).doesNotExist();
			assertThat(EvictionTest.this.cache.reports.evicted).singleElement()
				.asString()
				.startsWith("builds/build_iso_speedtest_el8/older@0: disk nearly full");
		}

		@Test
		void shouldMakeRoomForADownloadBeforeItStarts() throws Exception {
			enforceWithReserve(500);
			fill("older", 1000);
			fill("newer", 1000);
			EvictionTest.this.free.set(1500);

			fill("big", 2000);

			assertThat(EvictionTest.this.cache.index.all()).extracting(CachedArtifact::key)
				.containsExactlyInAnyOrder(key("newer"), key("big"));
			assertThat(EvictionTest.this.cache.reports.evicted).singleElement()
				.asString()
				.startsWith(
						"builds/build_iso_speedtest_el8/older@0: making room for builds/build_iso_speedtest_el8/big");
		}

		@Test
		void shouldRefuseADownloadThatCannotFitAndChangeNothing() throws Exception {
			ArtifactKey target = key("alias-target");
			enforceWithReserve(500, target);
			fill("alias-target", 1000);
			fill("other", 1000);
			EvictionTest.this.free.set(1600);
			List<CachedArtifact> before = EvictionTest.this.cache.index.all();
			ArtifactKey big = key("big");
			EvictionTest.this.cache.upstream.serve(big, bytes(3000, 7));

			FillOutcome outcome = EvictionTest.this.cache.started(big).outcome().get();

			assertThat(outcome).isInstanceOfSatisfying(FillOutcome.Failed.class,
					(failed) -> assertThat(failed.reason()).isEqualTo("no room on this mirror's disk for 3000 bytes"));
			assertThat(EvictionTest.this.cache.index.all()).containsExactlyInAnyOrderElementsOf(before);
			assertThat(EvictionTest.this.cache.reports.evicted).isEmpty();
			assertThat(EvictionTest.this.cache.disk.file(big)).doesNotExist();
			try (Stream<Path> temporary = Files.list(EvictionTest.this.root.resolve(".tmp"))) {
				assertThat(temporary).isEmpty();
			}
		}

		@Test
		void shouldCountWhatOtherDownloadsStillHaveToWrite() throws Exception {
			enforceWithReserve(0);
			EvictionTest.this.free.set(5000);
			ArtifactKey slow = key("slow");
			ScriptedUpstream.Script held = EvictionTest.this.cache.upstream.serve(slow, bytes(4000, 8)).holdAt(100);
			EvictionTest.this.cache.started(slow);
			try {
				assertThat(held.awaitHeld()).isTrue();
				ArtifactKey second = key("second");
				EvictionTest.this.cache.upstream.serve(second, bytes(2000, 9));

				FillOutcome outcome = EvictionTest.this.cache.started(second).outcome().get();

				assertThat(outcome).isInstanceOfSatisfying(FillOutcome.Failed.class,
						(failed) -> assertThat(failed.reason())
							.isEqualTo("no room on this mirror's disk for 2000 bytes"));
			}
			finally {
				held.release();
			}
		}

	}

	@Nested
	class Pruning {

		@Test
		void shouldRemoveThePrunedBuildsFilesAndReportThem() throws Exception {
			byte[] content = bytes(1000, 1);
			ArtifactKey key = key("speedtest-42.squashfs");
			EvictionTest.this.cache.upstream.serve(key, content);
			EvictionTest.this.cache.prewarming.prewarm(known(key, 42, content));
			await().until(() -> EvictionTest.this.cache.index.contains(key));
			new PruningBuild(EvictionTest.this.cache.known, EvictionTest.this.cache.index,
					EvictionTest.this.cache.prewarming, EvictionTest.this.cache.filling,
					EvictionTest.this.cache.eviction)
				.prune(new PruneBuild(key.job(), 42, List.of(key.file(), "never-cached.img")));
			assertThat(EvictionTest.this.cache.index.contains(key)).isFalse();
			assertThat(Files.exists(EvictionTest.this.cache.disk.file(key))).isFalse();
			assertThat(EvictionTest.this.cache.known.get(key)).isEmpty();
			assertThat(EvictionTest.this.cache.reports.evicted).containsExactly(key.path() + "@42: build pruned");
		}

		@Test
		void shouldKeepAFileOfAnotherBuild() throws Exception {
			byte[] content = bytes(1000, 1);
			ArtifactKey key = key("shared.img");
			EvictionTest.this.cache.upstream.serve(key, content);
			EvictionTest.this.cache.prewarming.prewarm(known(key, 43, content));
			await().until(() -> EvictionTest.this.cache.index.contains(key));
			new PruningBuild(EvictionTest.this.cache.known, EvictionTest.this.cache.index,
					EvictionTest.this.cache.prewarming, EvictionTest.this.cache.filling,
					EvictionTest.this.cache.eviction)
				.prune(new PruneBuild(key.job(), 42, List.of(key.file())));
			assertThat(EvictionTest.this.cache.index.contains(key)).isTrue();
		}

	}

	@Nested
	class StartUp {

		@Test
		void shouldTakeOverCompleteFilesAndEvictThoseWhoseBytesChanged() throws Exception {
			CachedArtifact intact = fill("intact", 1000);
			CachedArtifact rotten = fill("rotten", 1000);
			byte[] bytes = Files.readAllBytes(EvictionTest.this.cache.disk.file(rotten.key()));
			bytes[10] ^= 1;
			Files.write(EvictionTest.this.cache.disk.file(rotten.key()), bytes);
			try (CacheFixture restarted = new CacheFixture(EvictionTest.this.root)) {
				CheckingCache checking = new CheckingCache(restarted.disk, restarted.index, restarted.eviction);
				checking.checkSizes();
				assertThat(restarted.index.all()).containsExactlyInAnyOrder(intact, rotten);
				checking.verifyChecksums();
				assertThat(restarted.index.all()).containsExactly(intact);
				assertThat(restarted.reports.evicted).singleElement().asString().contains("corrupt on disk");
			}
		}

	}

}
