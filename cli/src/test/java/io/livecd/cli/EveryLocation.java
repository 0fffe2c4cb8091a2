package io.livecd.cli;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What "every location follows a build of {@code speedtest.squashfs}" means: repo-service
 * names it, every mirror serves its bytes under the alias, and Foreman's parameters name
 * it in every location (and so for the hosts there) with the location's mirror.
 */
final class EveryLocation {

	static final String ALIAS = "speedtest.squashfs";

	static final String PARAMETER = "live_squash";

	private static final Duration FOLLOWS = Duration.ofMinutes(3);

	private final StackProbe probe;

	private final IsoBuilds builds;

	EveryLocation(StackProbe probe, IsoBuilds builds) {
		this.probe = probe;
		this.builds = builds;
	}

	void awaitOn(long build) {
		await().atMost(FOLLOWS).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertOn(build));
	}

	void assertOn(long build) {
		assertThat(this.probe.aliasBuild(ALIAS)).isEqualTo(build);
		assertThat(this.probe.mirrorsSha256(ALIAS)).containsOnlyKeys("ams", "nyc")
			.allSatisfy((location, served) -> assertThat(served).as(location).isEqualTo(this.builds.sha256(build)));
		assertThat(this.probe.foremanParameter(PARAMETER)).containsOnlyKeys("ams", "nyc")
			.allSatisfy((location, value) -> assertThat(value).as(location).isEqualTo(IsoBuilds.path(build)));
		assertThat(this.probe.foremanParameter("livesystem_url")).allSatisfy(
				(location, value) -> assertThat(value).isEqualTo(this.probe.stack().boot().get(location) + "/livecd"));
		for (String location : List.of("ams", "nyc")) {
			assertThat(this.probe.hostParameter("node1." + location + ".example.net", PARAMETER))
				.isEqualTo(IsoBuilds.path(build));
		}
	}

}
