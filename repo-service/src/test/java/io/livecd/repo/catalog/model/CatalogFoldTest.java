package io.livecd.repo.catalog.model;

import static io.livecd.repo.catalog.CatalogFixtures.DRACUT_JOB;
import static io.livecd.repo.catalog.CatalogFixtures.ISO_JOB;
import static io.livecd.repo.catalog.CatalogFixtures.T0;
import static io.livecd.repo.catalog.CatalogFixtures.isoManifest;
import static io.livecd.repo.catalog.CatalogFixtures.manifest;
import static org.assertj.core.api.Assertions.assertThat;

import io.livecd.common.event.AliasPinned;
import io.livecd.common.event.AliasUnpinned;
import io.livecd.common.event.AliasUpdateReason;
import io.livecd.common.event.AliasUpdated;
import io.livecd.common.event.ArtifactsPublished;
import io.livecd.common.event.BuildPruned;
import io.livecd.common.event.BuildRejected;
import io.livecd.common.event.ForemanParametersUpdated;
import io.livecd.common.event.LivecdEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class CatalogFoldTest {

	private static ArtifactsPublished published(Manifest m) {
		return new ArtifactsPublished(EventIds.of("p", m.ref()), T0, m.job(), m.build(), m.artifacts());
	}

	private static AliasUpdated moved(String alias, Manifest m, AliasUpdateReason reason) {
		return new AliasUpdated(UUID.randomUUID().toString(), T0, alias, null,
				AliasMoves.target(m, m.artifacts().get(0)), reason, "test");
	}

	private static ForemanParametersUpdated foreman(String value, long second) {
		return new ForemanParametersUpdated(UUID.randomUUID().toString(), T0.plusSeconds(second), "location:ams", "ams",
				"live_squash", null, value);
	}

	@Nested
	class Builds {

		@Test
		void shouldSettlePublishedRejectedAndPrunedBuilds() {
			Catalog catalog = Catalog.empty()
				.apply(published(isoManifest(1)))
				.apply(new BuildRejected("r", T0, ISO_JOB, 2, "bad"))
				.apply(new BuildPruned("x", T0, ISO_JOB, 3, List.of("speedtest-3.squashfs")));
			assertThat(List.of(1L, 2L, 3L, 4L)).map((b) -> catalog.isSettled(new BuildRef(ISO_JOB, b)))
				.containsExactly(true, true, true, false);
		}

		@Test
		void shouldDropManifestOfPrunedBuild() {
			Catalog catalog = Catalog.empty()
				.withManifests(List.of(isoManifest(1), isoManifest(2)))
				.apply(new BuildPruned("x", T0, ISO_JOB, 1, List.of("speedtest-1.squashfs")))
				.withManifest(isoManifest(1));
			assertThat(catalog.builds(ISO_JOB).keySet()).containsExactly(2L);
		}

		@Test
		void shouldFindNewestRetainedFileOfAJob() {
			Manifest older = manifest(DRACUT_JOB, 1, "vmlinuz-5", "initrd-1.img");
			Manifest newer = manifest(DRACUT_JOB, 2, "vmlinuz-5", "initrd-2.img");
			Catalog catalog = Catalog.empty().withManifests(List.of(newer, older));
			assertThat(catalog.file(DRACUT_JOB, "vmlinuz-5")).contains(newer.artifacts().get(0));
			assertThat(catalog.file(DRACUT_JOB, "initrd-1.img")).contains(older.artifacts().get(1));
			assertThat(catalog.file(DRACUT_JOB, "initrd-3.img")).isEmpty();
			assertThat(catalog.file(ISO_JOB, "vmlinuz-5")).isEmpty();
		}

	}

	@Nested
	class Aliases {

		@Test
		void shouldFollowLastMoveAndKeepHistory() {
			AliasUpdated first = moved("a", isoManifest(1), AliasUpdateReason.PUBLISH);
			AliasUpdated second = moved("a", isoManifest(2), AliasUpdateReason.PUBLISH);
			Catalog catalog = Catalog.empty().apply(first).apply(second);
			assertThat(catalog.target("a")).contains(second.target());
			assertThat(catalog.history("a")).containsExactly(first, second);
		}

		@Test
		void shouldIgnoreRepeatedMove() {
			AliasUpdated first = moved("a", isoManifest(1), AliasUpdateReason.PUBLISH);
			AliasUpdated second = moved("a", isoManifest(2), AliasUpdateReason.PUBLISH);
			Catalog catalog = Catalog.empty().apply(first).apply(second).apply(first);
			assertThat(catalog.target("a")).contains(second.target());
			assertThat(catalog.history("a")).hasSize(2);
		}

		@Test
		void shouldPinAndUnpin() {
			Catalog pinned = Catalog.empty().apply(new AliasPinned("p", T0, "a", 2, "ops"));
			assertThat(pinned.pinnedBuild("a")).contains(2L);
			assertThat(pinned.apply(new AliasUnpinned("u", T0, "a", "ops")).pinnedBuild("a")).isEmpty();
		}

	}

	@Nested
	class Foreman {

		@Test
		void shouldKeepNewestValuePerScopeAndName() {
			ForemanParametersUpdated older = foreman("builds/j/a", 1);
			ForemanParametersUpdated newer = foreman("builds/j/b", 2);
			Catalog catalog = Catalog.empty().apply(older).apply(newer).apply(older);
			assertThat(catalog.foreman().values()).extracting(ForemanParameter::value).containsExactly("builds/j/b");
		}

	}

	@RepeatedTest(20)
	void shouldReachSameCatalogWhateverThePartitionsInterleave() {
		Map<String, List<LivecdEvent>> byKey = new LinkedHashMap<>();
		for (long build = 1; build <= 4; build++) {
			Manifest iso = isoManifest(build);
			Manifest dracut = manifest(DRACUT_JOB, build, "initrd-" + build + ".img");
			byKey.computeIfAbsent(ISO_JOB, (k) -> new ArrayList<>()).add(published(iso));
			byKey.computeIfAbsent(DRACUT_JOB, (k) -> new ArrayList<>()).add(published(dracut));
			byKey.computeIfAbsent("speedtest.squashfs", (k) -> new ArrayList<>())
				.add(moved("speedtest.squashfs", iso, AliasUpdateReason.PUBLISH));
			byKey.computeIfAbsent("initrd", (k) -> new ArrayList<>())
				.add(moved("initrd", dracut, AliasUpdateReason.PUBLISH));
		}
		byKey.get(ISO_JOB).add(new BuildPruned("pr", T0, ISO_JOB, 1, List.of("speedtest-1.squashfs")));
		byKey.get("initrd").add(new AliasPinned("pin", T0, "initrd", 4, "ops"));
		List<LivecdEvent> inKeyOrder = byKey.values().stream().flatMap(List::stream).toList();

		Catalog expected = CatalogFold.replay(Catalog.empty(), inKeyOrder);
		Catalog interleaved = CatalogFold.replay(Catalog.empty(), interleave(byKey, new Random()));

		assertThat(interleaved).isEqualTo(expected);
		assertThat(expected.target("speedtest.squashfs")).map(t -> t.build()).contains(4L);
		assertThat(expected.pinnedBuild("initrd")).contains(4L);
	}

	private static List<LivecdEvent> interleave(Map<String, List<LivecdEvent>> byKey, Random random) {
		List<List<LivecdEvent>> queues = new ArrayList<>();
		byKey.values().forEach((events) -> queues.add(new ArrayList<>(events)));
		List<LivecdEvent> merged = new ArrayList<>();
		while (!queues.isEmpty()) {
			List<LivecdEvent> queue = queues.get(random.nextInt(queues.size()));
			merged.add(queue.remove(0));
			if (queue.isEmpty()) {
				queues.remove(queue);
			}
		}
		return merged;
	}

}
