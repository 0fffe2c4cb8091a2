package io.livecd.cli;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatusReportTest {

	private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

	private static final String PATH = "builds/build_iso_speedtest_el8/speedtest-3.squashfs";

	private static final StatusReport.Alias SQUASH = new StatusReport.Alias("speedtest.squashfs", 3L, PATH,
			NOW.minusSeconds(90), "publish", null);

	private static StatusReport report(StatusReport.MirrorAlias nyc, String nycForeman) {
		Map<String, Map<String, StatusReport.MirrorAlias>> mirrors = new LinkedHashMap<>();
		mirrors.put("ams", Map.of("speedtest.squashfs", new StatusReport.MirrorAlias(3L, true, 3L)));
		mirrors.put("nyc", (nyc != null) ? Map.of("speedtest.squashfs", nyc) : null);
		Map<String, Map<String, StatusReport.ForemanValue>> foreman = Map.of("ams",
				Map.of("speedtest.squashfs", new StatusReport.ForemanValue("live_squash", PATH, NOW.minusSeconds(30))),
				"nyc", Map.of("speedtest.squashfs",
						new StatusReport.ForemanValue("live_squash", nycForeman, NOW.minusSeconds(600))));
		return new StatusReport(List.of(SQUASH), mirrors, foreman);
	}

	@Test
	void shouldSayEveryLocationFollowsWhenMirrorAndForemanNameTheTarget() {
		StatusReport report = report(new StatusReport.MirrorAlias(3L, true, 3L), PATH);
		assertThat(report.lags()).isFalse();
		assertThat(report.render(NOW).split("\n")).containsExactly(
				"speedtest.squashfs: build 3 (" + PATH + ", publish 90s ago)",
				"  ams   mirror serves build 3 (build 3 warm); foreman live_squash = " + PATH + " (30s ago)  ok",
				"  nyc   mirror serves build 3 (build 3 warm); foreman live_squash = " + PATH + " (10m ago)  ok");
	}

	@Test
	void shouldNeverCallARolloutWithoutLocationsSettled() {
		assertThat(new StatusReport(List.of(SQUASH), Map.of(), Map.of()).settledOn(3)).isFalse();
		assertThat(report(new StatusReport.MirrorAlias(3L, true, 3L), PATH).settledOn(3)).isTrue();
		assertThat(report(new StatusReport.MirrorAlias(3L, true, 3L), PATH).settledOn(2)).isFalse();
	}

	@Test
	void shouldFlagALocationWhoseMirrorIsStillWarming() {
		StatusReport report = report(new StatusReport.MirrorAlias(3L, false, 2L), PATH);
		assertThat(report.lags()).isTrue();
		assertThat(report.render(NOW)).contains("nyc   mirror serves build 2 (build 3 warming)").contains("LAGS");
	}

	@Test
	void shouldFlagALocationWhoseForemanNamesAnotherBuild() {
		StatusReport report = report(new StatusReport.MirrorAlias(3L, true, 3L),
				"builds/build_iso_speedtest_el8/speedtest-2.squashfs");
		assertThat(report.lags()).isTrue();
	}

	@Test
	void shouldFlagAMirrorThatDoesNotAnswer() {
		StatusReport report = report(null, PATH);
		assertThat(report.lags()).isTrue();
		assertThat(report.render(NOW)).contains("nyc   mirror does not answer");
	}

	@Test
	void shouldSayWhenAnAliasHasNoBuildYet() {
		StatusReport report = new StatusReport(List.of(new StatusReport.Alias("initrd", null, null, null, null, null)),
				Map.of(), Map.of());
		assertThat(report.lags()).isFalse();
		assertThat(report.render(NOW)).isEqualTo("initrd: no build yet\n");
	}

}
