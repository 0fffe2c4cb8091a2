package io.livecd.cli;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.livecd.common.event.AliasTarget;
import io.livecd.common.event.AliasUpdateReason;
import io.livecd.common.event.AliasUpdated;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AliasFoldTest {

	private static final String SHA = "a".repeat(64);

	private static AliasTarget build(long build) {
		return new AliasTarget("build_iso_speedtest_el8", build, "speedtest-" + build + ".squashfs", 10, SHA);
	}

	private static AliasUpdated moved(String alias, String time, long build) {
		return new AliasUpdated("id-" + alias + "-" + time, Instant.parse(time), alias, null, build(build),
				AliasUpdateReason.PUBLISH, "repo-service");
	}

	@Test
	void shouldTakeEachAliasesLastMoveAtOrBeforeTheInstant() {
		List<AliasUpdated> log = List.of(moved("speedtest.squashfs", "2026-11-20T09:00:00Z", 1),
				moved("initrd", "2026-11-20T09:05:00Z", 1), moved("speedtest.squashfs", "2026-11-20T10:00:00Z", 2),
				moved("speedtest.squashfs", "2026-11-20T10:00:01Z", 3));
		assertThat(AliasFold.asOf(log, Instant.parse("2026-11-20T10:00:00Z")))
			.containsExactlyInAnyOrderEntriesOf(Map.of("speedtest.squashfs", build(2), "initrd", build(1)));
	}

	@Test
	void shouldOrderByEventTimeNotByLogPosition() {
		List<AliasUpdated> log = List.of(moved("vmlinuz", "2026-11-20T09:30:00Z", 2),
				moved("vmlinuz", "2026-11-20T09:00:00Z", 1));
		assertThat(AliasFold.asOf(log, Instant.parse("2026-11-21T00:00:00Z"))).containsEntry("vmlinuz", build(2));
	}

	@Test
	void shouldKnowNoAliasBeforeItsFirstMove() {
		assertThat(AliasFold.asOf(List.of(moved("initrd", "2026-11-20T09:00:00Z", 1)),
				Instant.parse("2026-11-20T08:59:59Z")))
			.isEmpty();
	}

	@Test
	void shouldListOnlyTheAliasesThatDiffer() {
		Map<String, Long> now = new HashMap<>();
		now.put("speedtest.squashfs", 3L);
		now.put("initrd", 1L);
		now.put("vmlinuz", null);
		List<AliasFold.Change> changes = AliasFold
			.changes(Map.of("speedtest.squashfs", build(1), "initrd", build(1), "vmlinuz", build(1)), now);
		assertThat(changes).containsExactlyInAnyOrder(new AliasFold.Change("speedtest.squashfs", 3L, build(1)),
				new AliasFold.Change("vmlinuz", null, build(1)));
	}

	@Test
	void shouldChangeNothingWhenTheStateIsAsItWas() {
		assertThat(AliasFold.changes(Map.of("initrd", build(2)), Map.of("initrd", 2L, "vmlinuz", 5L))).isEmpty();
	}

}
