package io.livecd.repo.location.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.livecd.common.event.MirrorEvicted;
import io.livecd.common.event.MirrorSyncFailed;
import io.livecd.common.event.MirrorSynced;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LocationsTest {

	private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

	private static final String JOB = "build_iso_speedtest_el8";

	private static final String SHA = "a".repeat(64);

	private static MirrorSynced synced(String location, long build) {
		return new MirrorSynced("s" + build, T0.plusSeconds(build), location, JOB, build, "speedtest.squashfs", SHA, 10,
				0.5);
	}

	@Test
	void shouldHoldTheNewestWarmCopyOfEachFilePerLocation() {
		Locations locations = Locations.empty().apply(synced("ams", 1)).apply(synced("ams", 2)).apply(synced("nyc", 1));

		assertThat(locations.mirror("ams").orElseThrow().warm().values()).singleElement()
			.satisfies((f) -> assertThat(f.build()).isEqualTo(2));
		assertThat(locations.mirror("nyc").orElseThrow().warm()).hasSize(1);
		assertThat(locations.mirror("fra")).isEmpty();
	}

	@Test
	void shouldForgetAnEvictedFileOnlyForThatBuild() {
		Locations locations = Locations.empty().apply(synced("ams", 2));
		MirrorEvicted older = new MirrorEvicted("e1", T0, "ams", JOB, 1, "speedtest.squashfs", "quota");
		MirrorEvicted current = new MirrorEvicted("e2", T0, "ams", JOB, 2, "speedtest.squashfs", "quota");

		assertThat(locations.apply(older).mirror("ams").orElseThrow().warm()).hasSize(1);
		assertThat(locations.apply(current).mirror("ams").orElseThrow().warm()).isEmpty();
	}

	@Test
	void shouldRememberTheLastFailureAndChangeNothingOnARepeat() {
		MirrorSyncFailed failed = new MirrorSyncFailed("f1", T0, "ams", JOB, 3, "speedtest.squashfs", "503");
		Locations once = Locations.empty().apply(synced("ams", 2)).apply(failed);

		assertThat(once.mirror("ams").orElseThrow().failure()).hasValueSatisfying((f) -> {
			assertThat(f.build()).isEqualTo(3);
			assertThat(f.reason()).isEqualTo("503");
		});
		assertThat(once.apply(failed).apply(synced("ams", 2))).isEqualTo(once);
	}

}
