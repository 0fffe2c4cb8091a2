package io.livecd.repo.catalog.application;

import static io.livecd.repo.catalog.CatalogFixtures.DRACUT_JOB;
import static io.livecd.repo.catalog.CatalogFixtures.ISO_JOB;
import static io.livecd.repo.catalog.CatalogFixtures.T0;
import static io.livecd.repo.catalog.CatalogFixtures.aBuildCompleted;
import static io.livecd.repo.catalog.CatalogFixtures.isoBuild;
import static io.livecd.repo.catalog.CatalogFixtures.isoManifest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.livecd.common.event.AliasUpdated;
import io.livecd.common.event.ArtifactsPublished;
import io.livecd.common.event.BuildCompleted;
import io.livecd.common.event.BuildPruned;
import io.livecd.common.event.ForemanParametersUpdated;
import io.livecd.repo.catalog.application.PinningAlias.PinAlias;
import io.livecd.repo.catalog.application.PublishingBuild.Outcome;
import io.livecd.repo.catalog.model.BuildRef;
import io.livecd.repo.catalog.model.Catalog;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestoringCatalogTest {

	private final Repository first = new Repository();

	@Test
	void shouldRestoreTheSameCatalogFromTheLogAndTheManifests() {
		for (long build = 1; build <= 4; build++) {
			this.first.publish(isoBuild(build));
			this.first.publish(aBuildCompleted(DRACUT_JOB, build, "initrd-" + build + ".img", "vmlinuz-" + build));
		}
		this.first.pinning.pin(new PinAlias("initrd", 3, "ops"));
		ForemanParametersUpdated foreman = new ForemanParametersUpdated("f1", T0, "location:ams", "ams", "live_squash",
				null, "builds/" + ISO_JOB + "/speedtest-2.squashfs");
		this.first.foremanLog.add(foreman);
		this.first.foreman.handle(foreman);
		this.first.publish(isoBuild(5));

		Repository fresh = new Repository(this.first);
		Catalog restored = fresh.restoring.restore();

		assertThat(restored).isEqualTo(this.first.store.current());
		assertThat(restored.target("speedtest.squashfs").get().build()).isEqualTo(5);
		assertThat(restored.target("initrd").get().build()).isEqualTo(3);
		assertThat(restored.builds(ISO_JOB).keySet()).containsExactly(2L, 3L, 4L, 5L);
		assertThat(fresh.events.emitted).isEmpty();
	}

	@Test
	void shouldChangeNothingWhenTheBuildsAreRedeliveredToTheRestoredInstance() {
		List<BuildCompleted> builds = List.of(isoBuild(1), isoBuild(2), isoBuild(3), isoBuild(4));
		builds.forEach(this.first::publish);

		Repository fresh = new Repository(this.first);
		fresh.restoring.restore();
		builds.forEach((b) -> assertThat(fresh.publish(b)).isEqualTo(Outcome.ALREADY_SETTLED));

		assertThat(fresh.events.emitted).isEmpty();
		assertThat(fresh.aliasBuild("speedtest.squashfs")).isEqualTo(4);
	}

	@Test
	void shouldFinishABuildInterruptedByACrash() {
		this.first.events.refuse = (event) -> event instanceof ArtifactsPublished;
		assertThatThrownBy(() -> this.first.publish(isoBuild(1))).hasMessageContaining("broker unavailable");

		Repository fresh = new Repository(this.first);
		fresh.restoring.restore();
		assertThat(fresh.publish(isoBuild(1))).isEqualTo(Outcome.PUBLISHED);

		assertThat(fresh.events.emitted).hasOnlyElementsOfType(ArtifactsPublished.class).hasSize(1);
		assertThat(this.first.events.of(AliasUpdated.class)).hasSize(1);
		assertThat(fresh.aliasBuild("speedtest.squashfs")).isEqualTo(1);
	}

	@Test
	void shouldRemoveTheManifestOfABuildPrunedJustBeforeACrash() {
		for (long build = 1; build <= 4; build++) {
			this.first.publish(isoBuild(build));
		}
		this.first.manifests.save(isoManifest(1));

		Repository fresh = new Repository(this.first);
		Catalog restored = fresh.restoring.restore();

		assertThat(this.first.events.of(BuildPruned.class)).hasSize(1);
		assertThat(fresh.manifests.stored).doesNotContainKey(new BuildRef(ISO_JOB, 1));
		assertThat(restored.builds(ISO_JOB).keySet()).containsExactly(2L, 3L, 4L);
	}

}
