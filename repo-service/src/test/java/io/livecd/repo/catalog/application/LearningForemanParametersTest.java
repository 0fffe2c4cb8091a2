package io.livecd.repo.catalog.application;

import static io.livecd.repo.catalog.CatalogFixtures.ISO_JOB;
import static io.livecd.repo.catalog.CatalogFixtures.T0;
import static io.livecd.repo.catalog.CatalogFixtures.isoBuild;
import static org.assertj.core.api.Assertions.assertThat;

import io.livecd.common.event.BuildPruned;
import io.livecd.common.event.ForemanParametersUpdated;
import org.junit.jupiter.api.Test;

class LearningForemanParametersTest {

	private final Repository repo = new Repository();

	private ForemanParametersUpdated squash(String file, long second) {
		return new ForemanParametersUpdated("f" + second, T0.plusSeconds(second), "location:ams", "ams", "live_squash",
				null, "builds/" + ISO_JOB + "/" + file);
	}

	@Test
	void shouldKeepBuildForemanNamesAndPruneItOnceForemanMovesOn() {
		this.repo.publish(isoBuild(1));
		this.repo.foreman.handle(squash("speedtest-1.squashfs", 1));
		for (long build = 2; build <= 4; build++) {
			this.repo.publish(isoBuild(build));
		}
		assertThat(this.repo.store.current().builds(ISO_JOB).keySet()).containsExactly(1L, 2L, 3L, 4L);

		this.repo.foreman.handle(squash("speedtest-4.squashfs", 2));

		assertThat(this.repo.events.of(BuildPruned.class)).extracting(BuildPruned::build).containsExactly(1L);
		assertThat(this.repo.store.current().builds(ISO_JOB).keySet()).containsExactly(2L, 3L, 4L);
	}

}
