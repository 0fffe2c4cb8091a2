package io.livecd.mirror.alias.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.livecd.common.event.AliasTarget;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AliasTableTest {

	private static final String ALIAS = "speedtest.squashfs";

	private static final Instant T1 = Instant.parse("2026-01-01T00:00:00Z");

	private static final Instant T2 = T1.plusSeconds(60);

	private final AliasTable table = new AliasTable();

	private static AliasTarget target(long build) {
		return new AliasTarget("job", build, "speedtest-" + build + ".squashfs", 100,
				Long.toString(build).repeat(64).substring(0, 64));
	}

	@Test
	void shouldServeNothingUntilTheFirstTargetIsWarm() {
		assertThat(this.table.offer(ALIAS, target(1), T1)).isTrue();
		assertThat(this.table.get(ALIAS)).hasValueSatisfying((state) -> {
			assertThat(state.warm()).isFalse();
			assertThat(state.servingTarget()).isEmpty();
		});
	}

	@Test
	void shouldKeepServingTheOldTargetUntilTheNewOneIsWarm() {
		this.table.offer(ALIAS, target(1), T1);
		this.table.warmed("job", "speedtest-1.squashfs", target(1).sha256());
		this.table.offer(ALIAS, target(2), T2);
		assertThat(this.table.get(ALIAS).orElseThrow().serving()).isEqualTo(target(1));
		assertThat(this.table.warmed("job", "speedtest-2.squashfs", "f".repeat(64))).isEmpty();
		assertThat(this.table.warmed("job", "speedtest-2.squashfs", target(2).sha256())).containsExactly(ALIAS);
		assertThat(this.table.get(ALIAS).orElseThrow()).satisfies((state) -> {
			assertThat(state.serving()).isEqualTo(target(2));
			assertThat(state.warm()).isTrue();
		});
	}

	@Test
	void shouldIgnoreMovesOlderThanTheKnownOne() {
		this.table.offer(ALIAS, target(2), T2);
		assertThat(this.table.offer(ALIAS, target(1), T1)).isFalse();
		assertThat(this.table.offer(ALIAS, target(2), T2)).isFalse();
		assertThat(this.table.get(ALIAS).orElseThrow().target()).isEqualTo(target(2));
	}

	@Test
	void shouldNameFilesThatAnAliasTargetsOrServes() {
		this.table.offer(ALIAS, target(1), T1);
		this.table.warmed("job", "speedtest-1.squashfs", target(1).sha256());
		this.table.offer(ALIAS, target(2), T2);
		assertThat(this.table.names("job", "speedtest-1.squashfs")).isTrue();
		assertThat(this.table.names("job", "speedtest-2.squashfs")).isTrue();
		assertThat(this.table.names("job", "speedtest-3.squashfs")).isFalse();
	}

}
