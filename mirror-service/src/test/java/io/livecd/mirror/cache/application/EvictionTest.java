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
					protectedKey::equals, EvictionTest.this.cache.eviction));
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
