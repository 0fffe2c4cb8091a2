package io.livecd.mirror.alias.application;

import static io.livecd.mirror.cache.application.CacheFixture.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.livecd.common.checksum.Sha256;
import io.livecd.common.event.AliasTarget;
import io.livecd.mirror.alias.model.AliasTable;
import io.livecd.mirror.cache.application.CacheFixture;
import io.livecd.mirror.cache.application.ScriptedUpstream;
import io.livecd.mirror.cache.model.ArtifactKey;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MovingAliasTest {

	private static final String ALIAS = "speedtest.squashfs";

	private static final Instant T1 = Instant.parse("2026-01-01T00:00:00Z");

	@TempDir
	Path root;

	private CacheFixture cache;

	private AliasTable table;

	private MovingAlias moving;

	@BeforeEach
	void setUp() {
		this.cache = new CacheFixture(this.root);
		this.table = new AliasTable();
		this.moving = new MovingAlias(this.table, this.cache.index, this.cache.prewarming);
		this.cache.listeners.add(this.moving);
	}

	@AfterEach
	void tearDown() {
		this.cache.close();
	}

	private AliasTarget serve(long build, byte[] content) {
		String file = "speedtest-" + build + ".squashfs";
		this.cache.upstream.serve(new ArtifactKey("job", file), content);
		return new AliasTarget("job", build, file, content.length, Sha256.of(content));
	}

	@Test
	void shouldMoveOnlyOnceTheNewTargetIsWarm() throws Exception {
		AliasTarget first = serve(1, bytes(1000, 1));
		this.moving.move(new MoveAlias(ALIAS, first, T1));
		await().untilAsserted(() -> assertThat(this.table.get(ALIAS).orElseThrow().serving()).isEqualTo(first));
		byte[] second = bytes(100_000, 2);
		AliasTarget next = serve(2, second);
		ScriptedUpstream.Script held = this.cache.upstream.serve(new ArtifactKey("job", next.file()), second)
			.holdAt(50_000);
		this.moving.move(new MoveAlias(ALIAS, next, T1.plusSeconds(1)));
		assertThat(held.awaitHeld()).isTrue();
		assertThat(this.table.get(ALIAS).orElseThrow().serving()).isEqualTo(first);
		held.release();
		await().untilAsserted(() -> assertThat(this.table.get(ALIAS).orElseThrow().serving()).isEqualTo(next));
		assertThat(this.cache.reports.synced).containsExactly("builds/job/speedtest-1.squashfs",
				"builds/job/speedtest-2.squashfs");
	}

	@Test
	void shouldNeverMoveToATargetThatFailsVerification() {
		AliasTarget first = serve(1, bytes(1000, 1));
		this.moving.move(new MoveAlias(ALIAS, first, T1));
		await().untilAsserted(() -> assertThat(this.table.get(ALIAS).orElseThrow().warm()).isTrue());
		AliasTarget broken = serve(2, bytes(1000, 2));
		this.cache.upstream.serve(new ArtifactKey("job", broken.file()), bytes(1000, 2)).corrupt(5);
		this.moving.move(new MoveAlias(ALIAS, broken, T1.plusSeconds(1)));
		await().untilAsserted(() -> assertThat(this.cache.reports.failed).hasSize(1));
		assertThat(this.table.get(ALIAS).orElseThrow().serving()).isEqualTo(first);
	}

	@Test
	void shouldProtectTargetsFromEviction() {
		AliasTarget first = serve(1, bytes(1000, 1));
		this.moving.move(new MoveAlias(ALIAS, first, T1));
		assertThat(this.moving.protects(new ArtifactKey("job", first.file()))).isTrue();
		assertThat(this.moving.protects(new ArtifactKey("job", "other"))).isFalse();
	}

}
