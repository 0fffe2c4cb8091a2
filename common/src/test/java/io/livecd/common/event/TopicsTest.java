package io.livecd.common.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicsTest {

	@Test
	void shouldKeepEveryEventForeverExceptOnTheCompactedAliasesTopic() {
		assertThat(Topics.ALL).filteredOn((t) -> !Topics.isCompacted(t))
			.allSatisfy((t) -> assertThat(Topics.settings(t)).containsExactlyEntriesOf(Map.of("retention.ms", "-1")));
		assertThat(Topics.settings(Topics.ALIASES)).containsEntry("cleanup.policy", "compact")
			.doesNotContainKey("retention.ms");
	}

	@Test
	void shouldStageArtifactsApartFromTheBuildsOwnFiles() {
		assertThat(BuildPaths.staged("build_iso_speedtest_el8", 42, "speedtest-42.squashfs"))
			.isEqualTo("staging/build_iso_speedtest_el8/42/artifacts/speedtest-42.squashfs");
		assertThat(BuildPaths.artifact("build_iso_speedtest_el8", "speedtest-42.squashfs"))
			.isEqualTo("builds/build_iso_speedtest_el8/speedtest-42.squashfs");
	}

}
