package io.livecd.repo.catalog.model;

import static io.livecd.repo.catalog.CatalogFixtures.DRACUT_JOB;
import static io.livecd.repo.catalog.CatalogFixtures.ISO_JOB;
import static io.livecd.repo.catalog.CatalogFixtures.T0;
import static io.livecd.repo.catalog.CatalogFixtures.isoManifest;
import static io.livecd.repo.catalog.CatalogFixtures.manifest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.livecd.common.event.AliasPinned;
import io.livecd.common.event.AliasUpdateReason;
import io.livecd.common.event.AliasUpdated;
import io.livecd.common.event.ForemanParametersUpdated;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

	private final RetentionPolicy keepThree = new RetentionPolicy(3);

	private static Catalog isoBuilds(long... builds) {
		return Catalog.empty().withManifests(LongStream.of(builds).mapToObj((b) -> isoManifest(b)).toList());
	}

	private static List<Long> pruned(List<Prune> prunes) {
		return prunes.stream().map((p) -> p.build().build()).toList();
	}

	private static AliasUpdated aliasAt(String alias, Manifest m) {
		return new AliasUpdated("u-" + alias + m.build(), T0, alias, null, AliasMoves.target(m, m.artifacts().get(0)),
				AliasUpdateReason.PUBLISH, "test");
	}

	private static ForemanParametersUpdated foreman(String value) {
		return new ForemanParametersUpdated("f", T0, "location:ams", "ams", "live_squash", null, value);
	}

	@Test
	void shouldKeepTheNewestBuildsAndPruneOldestFirst() {
		List<Prune> prunes = this.keepThree.prunable(isoBuilds(5, 1, 2, 4, 3), ISO_JOB);
		assertThat(pruned(prunes)).containsExactly(1L, 2L);
		assertThat(prunes.get(0).objectsToDelete()).containsExactly("speedtest-1.squashfs");
	}

	@Test
	void shouldPruneNothingWithinTheLimit() {
		assertThat(this.keepThree.prunable(isoBuilds(1, 2, 3), ISO_JOB)).isEmpty();
		assertThat(this.keepThree.prunable(isoBuilds(1, 2, 3, 4), DRACUT_JOB)).isEmpty();
	}

	@Test
	void shouldPruneTheOldestAsSoonAsThereIsOneBuildTooMany() {
		assertThat(pruned(this.keepThree.prunable(isoBuilds(1, 2, 3, 4), ISO_JOB))).containsExactly(1L);
		assertThat(
				pruned(this.keepThree.prunable(isoBuilds(1, 2, 3, 4).apply(foreman("speedtest-1.squashfs")), ISO_JOB)))
			.isEmpty();
	}

	@Test
	void shouldNeverPruneAnAliasTarget() {
		Catalog catalog = isoBuilds(1, 2, 3, 4, 5).apply(aliasAt("speedtest.squashfs", isoManifest(1)));
		assertThat(pruned(this.keepThree.prunable(catalog, ISO_JOB))).containsExactly(2L);
	}

	@Test
	void shouldNeverPruneAPinnedBuild() {
		Catalog catalog = isoBuilds(1, 2, 3, 4, 5).apply(aliasAt("speedtest.squashfs", isoManifest(2)))
			.apply(new AliasPinned("p", T0, "speedtest.squashfs", 2, "ops"));
		assertThat(pruned(this.keepThree.prunable(catalog, ISO_JOB))).containsExactly(1L);
	}

	@Test
	void shouldNeverPruneABuildForemanStillNamesByPath() {
		Catalog catalog = isoBuilds(1, 2, 3, 4, 5)
			.apply(foreman("http://mirror.ams/livecd/builds/" + ISO_JOB + "/speedtest-1.squashfs"));
		assertThat(pruned(this.keepThree.prunable(catalog, ISO_JOB))).containsExactly(2L);
	}

	@Test
	void shouldNeverPruneABuildForemanStillNamesByFileName() {
		Catalog catalog = isoBuilds(1, 2, 3, 4, 5).apply(foreman("speedtest-2.squashfs"));
		assertThat(pruned(this.keepThree.prunable(catalog, ISO_JOB))).containsExactly(1L);
	}

	@Test
	void shouldKeepObjectsThatARetainedBuildShares() {
		Catalog catalog = Catalog.empty()
			.withManifests(List.of(manifest(DRACUT_JOB, 1, "initrd-1.img", "vmlinuz-5"),
					manifest(DRACUT_JOB, 2, "initrd-2.img", "vmlinuz-5")));
		List<Prune> prunes = new RetentionPolicy(1).prunable(catalog, DRACUT_JOB);
		assertThat(prunes).singleElement().satisfies((p) -> {
			assertThat(p.build().build()).isEqualTo(1);
			assertThat(p.objectsToDelete()).containsExactly("initrd-1.img");
		});
	}

	@Test
	void shouldKeepAtLeastOneBuild() {
		assertThatThrownBy(() -> new RetentionPolicy(0)).isInstanceOf(IllegalArgumentException.class);
	}

}
