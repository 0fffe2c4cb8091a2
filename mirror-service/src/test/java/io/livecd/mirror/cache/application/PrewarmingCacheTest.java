package io.livecd.mirror.cache.application;

import static io.livecd.mirror.cache.application.CacheFixture.bytes;
import static io.livecd.mirror.cache.application.CacheFixture.key;
import static io.livecd.mirror.cache.application.CacheFixture.known;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.livecd.mirror.cache.model.ArtifactKey;
import io.livecd.mirror.cache.model.KnownArtifact;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrewarmingCacheTest {

	@TempDir
	Path root;

	private CacheFixture cache;

	private final ArtifactKey key = key("initrd-42.img");

	private final byte[] content = bytes(200_000, 7);

	private final KnownArtifact artifact = known(this.key, 42, this.content);

	@BeforeEach
	void setUp() {
		this.cache = new CacheFixture(this.root);
	}

	@AfterEach
	void tearDown() {
		this.cache.close();
	}

	@Test
	void shouldFetchVerifyAndReportOnce() throws Exception {
		this.cache.upstream.serve(this.key, this.content);
		this.cache.prewarming.prewarm(this.artifact);
		await().untilAsserted(() -> assertThat(this.cache.reports.synced).containsExactly(this.key.path()));
		this.cache.prewarming.prewarm(this.artifact);
		assertThat(this.cache.reports.synced).hasSize(1);
		assertThat(this.cache.upstream.fetches(this.key)).isEqualTo(1);
		assertThat(Files.readAllBytes(this.cache.disk.file(this.key))).isEqualTo(this.content);
		assertThat(this.cache.index.peek(this.key))
			.hasValueSatisfying((cached) -> assertThat(cached.build()).isEqualTo(42));
	}

	@Test
	void shouldRetryAfterFailuresAndThenReportSynced() {
		this.cache.upstream.serve(this.key, this.content).refuse(2);
		this.cache.prewarming.prewarm(this.artifact);
		await().untilAsserted(() -> assertThat(this.cache.reports.synced).containsExactly(this.key.path()));
		assertThat(this.cache.upstream.fetches(this.key)).isEqualTo(3);
		assertThat(this.cache.reports.failed).isEmpty();
	}

	@Test
	void shouldReportFailureWithTheReasonOnceRetriesAreExhausted() {
		this.cache.upstream.serve(this.key, this.content).corrupt(99);
		this.cache.prewarming.prewarm(this.artifact);
		await().untilAsserted(
				() -> assertThat(this.cache.reports.failed).singleElement().asString().contains("sha256 mismatch"));
		assertThat(this.cache.upstream.fetches(this.key)).isEqualTo(3);
		assertThat(this.cache.index.files()).isZero();
		assertThat(this.cache.reports.synced).isEmpty();
	}

	@Test
	void shouldGoOnWithOtherFilesWhenOneFails() {
		ArtifactKey other = key("vmlinuz-42");
		byte[] otherContent = bytes(1000, 8);
		this.cache.upstream.serve(other, otherContent);
		this.cache.prewarming.prewarm(this.artifact);
		this.cache.prewarming.prewarm(known(other, 42, otherContent));
		await().untilAsserted(() -> {
			assertThat(this.cache.reports.synced).containsExactly(other.path());
			assertThat(this.cache.reports.failed).singleElement().asString().contains("not found upstream");
		});
	}

	@Test
	void shouldReplaceACopyPulledThroughWithAnotherChecksum() throws Exception {
		byte[] older = bytes(this.content.length, 1);
		this.cache.upstream.serve(this.key, older);
		this.cache.started(this.key).outcome().get();
		this.cache.upstream.serve(this.key, this.content);
		this.cache.prewarming.prewarm(this.artifact);
		await().untilAsserted(() -> assertThat(this.cache.reports.synced).containsExactly(this.key.path()));
		assertThat(Files.readAllBytes(this.cache.disk.file(this.key))).isEqualTo(this.content);
	}

	@Test
	void shouldReportAFileAlreadyCachedWithoutFetchingAgain() throws Exception {
		this.cache.upstream.serve(this.key, this.content);
		this.cache.started(this.key).outcome().get();
		this.cache.prewarming.prewarm(this.artifact);
		assertThat(this.cache.reports.synced).containsExactly(this.key.path());
		assertThat(this.cache.upstream.fetches(this.key)).isEqualTo(1);
	}

}
