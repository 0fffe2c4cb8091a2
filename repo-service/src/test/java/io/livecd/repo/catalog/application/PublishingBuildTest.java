package io.livecd.repo.catalog.application;

import static io.livecd.repo.catalog.CatalogFixtures.DRACUT_JOB;
import static io.livecd.repo.catalog.CatalogFixtures.ISO_JOB;
import static io.livecd.repo.catalog.CatalogFixtures.aBuildCompleted;
import static io.livecd.repo.catalog.CatalogFixtures.content;
import static io.livecd.repo.catalog.CatalogFixtures.isoBuild;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.livecd.common.event.AliasUpdateReason;
import io.livecd.common.event.AliasUpdated;
import io.livecd.common.event.ArtifactsPublished;
import io.livecd.common.event.BuildCompleted;
import io.livecd.common.event.BuildPruned;
import io.livecd.common.event.BuildRejected;
import io.livecd.repo.catalog.application.PublishingBuild.Outcome;
import io.livecd.repo.catalog.model.BuildRef;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PublishingBuildTest {

	private final Repository repo = new Repository();

	private void publishIsoBuilds(long... builds) {
		for (long build : builds) {
			assertThat(this.repo.publish(isoBuild(build))).isEqualTo(Outcome.PUBLISHED);
		}
	}

	@Nested
	class VerifiedBuild {

		@Test
		void shouldPromoteWriteManifestAndLogPublication() {
			publishIsoBuilds(1);
			assertThat(repo.artifacts.published(ISO_JOB, "speedtest-1.squashfs"))
				.hasValue(content(ISO_JOB, 1, "speedtest-1.squashfs"));
			assertThat(repo.manifests.stored).containsKey(new BuildRef(ISO_JOB, 1));
			assertThat(repo.events.of(ArtifactsPublished.class)).singleElement()
				.satisfies((p) -> assertThat(p.artifacts()).isEqualTo(isoBuild(1).artifacts()));
		}

		@Test
		void shouldMoveEveryAliasOfTheJob() {
			repo.publish(aBuildCompleted(DRACUT_JOB, 7, "initrd-7.img", "vmlinuz-5.14"));
			assertThat(repo.events.of(AliasUpdated.class)).extracting(AliasUpdated::alias, AliasUpdated::reason)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("initrd", AliasUpdateReason.PUBLISH),
						org.assertj.core.groups.Tuple.tuple("vmlinuz", AliasUpdateReason.PUBLISH));
			assertThat(repo.aliasBuild("initrd")).isEqualTo(7);
			assertThat(repo.aliasBuild("speedtest.squashfs")).isZero();
		}

		@Test
		void shouldLeaveAliasesOnBuild4AndPruneBuild1AfterBuilds1To4() {
			publishIsoBuilds(1, 2, 3, 4);
			assertThat(repo.aliasBuild("speedtest.squashfs")).isEqualTo(4);
			assertThat(repo.store.current().builds(ISO_JOB).keySet()).containsExactly(2L, 3L, 4L);
			assertThat(repo.events.of(BuildPruned.class)).singleElement().satisfies((p) -> {
				assertThat(p.build()).isEqualTo(1);
				assertThat(p.files()).containsExactly("speedtest-1.squashfs");
			});
			assertThat(repo.artifacts.published(ISO_JOB, "speedtest-1.squashfs")).isEmpty();
			assertThat(repo.artifacts.published(ISO_JOB, "speedtest-2.squashfs")).isPresent();
			assertThat(repo.manifests.stored.keySet()).extracting(BuildRef::build).containsExactly(2L, 3L, 4L);
			assertThat(repo.events.of(AliasUpdated.class).get(3).previous().build()).isEqualTo(3);
		}

		@Test
		void shouldNotCopyWhenTheKeyHoldsIdenticalBytes() {
			repo.publish(aBuildCompleted(DRACUT_JOB, 1, "initrd-1.img", "vmlinuz-5"));
			BuildCompleted second = aBuildCompleted(DRACUT_JOB, 2, "initrd-2.img", "vmlinuz-5");
			repo.artifacts.stage(DRACUT_JOB, 2, "initrd-2.img", content(DRACUT_JOB, 2, "initrd-2.img"));
			repo.artifacts.stage(DRACUT_JOB, 2, "vmlinuz-5", content(DRACUT_JOB, 1, "vmlinuz-5"));
			BuildCompleted sameKernel = new BuildCompleted("id", second.time(), DRACUT_JOB, 2, "i", null, null, null,
					java.util.List.of(second.artifacts().get(0),
							io.livecd.repo.catalog.CatalogFixtures.artifact(DRACUT_JOB, 1, "vmlinuz-5")));
			int copiesBefore = repo.artifacts.copies;
			assertThat(repo.publishing.handle(sameKernel)).isEqualTo(Outcome.PUBLISHED);
			assertThat(repo.artifacts.copies - copiesBefore).isEqualTo(1);
		}

	}

	@Nested
	class RejectedBuild {

		@Test
		void shouldRejectCorruptedArtifactAndKeepTheAlias() {
			publishIsoBuilds(1);
			BuildCompleted corrupted = isoBuild(2);
			repo.stage(corrupted);
			repo.artifacts.stage(ISO_JOB, 2, "speedtest-2.squashfs", "flipped".getBytes(StandardCharsets.UTF_8));
			int mark = repo.events.mark();

			assertThat(repo.publishing.handle(corrupted)).isEqualTo(Outcome.REJECTED);

			assertThat(repo.events.since(mark)).singleElement()
				.isInstanceOfSatisfying(BuildRejected.class,
						(r) -> assertThat(r.reason()).contains("speedtest-2.squashfs").contains("size is 7 bytes"));
			assertThat(repo.aliasBuild("speedtest.squashfs")).isEqualTo(1);
			assertThat(repo.artifacts.published(ISO_JOB, "speedtest-2.squashfs")).isEmpty();
			assertThat(repo.manifests.stored).doesNotContainKey(new BuildRef(ISO_JOB, 2));
		}

		@Test
		void shouldRejectBuildWithoutStagedObject() {
			assertThat(repo.publishing.handle(isoBuild(1))).isEqualTo(Outcome.REJECTED);
			assertThat(repo.events.of(BuildRejected.class).get(0).reason()).contains("is missing");
		}

		@Test
		void shouldRejectBuildThatWouldOverwriteOtherBytes() {
			publishIsoBuilds(1);
			BuildCompleted clash = aBuildCompleted(ISO_JOB, 2, "speedtest-1.squashfs");
			repo.stage(clash);
			assertThat(repo.publishing.handle(clash)).isEqualTo(Outcome.REJECTED);
			assertThat(repo.artifacts.published(ISO_JOB, "speedtest-1.squashfs"))
				.hasValue(content(ISO_JOB, 1, "speedtest-1.squashfs"));
		}

		@Test
		void shouldLeaveNoCopyWhenOneOfSeveralArtifactsFails() {
			BuildCompleted build = aBuildCompleted(DRACUT_JOB, 1, "initrd-1.img", "vmlinuz-5");
			repo.artifacts.stage(DRACUT_JOB, 1, "initrd-1.img", content(DRACUT_JOB, 1, "initrd-1.img"));
			assertThat(repo.publishing.handle(build)).isEqualTo(Outcome.REJECTED);
			assertThat(repo.artifacts.copies).isEqualTo(1);
			assertThat(repo.artifacts.published(DRACUT_JOB, "initrd-1.img")).isEmpty();
			assertThat(repo.artifacts.published(DRACUT_JOB, "vmlinuz-5")).isEmpty();
		}

	}

	@Nested
	class RepeatedAndLateEvents {

		@Test
		void shouldChangeNothingForDuplicates() {
			publishIsoBuilds(1, 2, 3, 4);
			int mark = repo.events.mark();
			for (long build = 1; build <= 4; build++) {
				assertThat(repo.publish(isoBuild(build))).isEqualTo(Outcome.ALREADY_SETTLED);
			}
			assertThat(repo.events.since(mark)).isEmpty();
			assertThat(repo.aliasBuild("speedtest.squashfs")).isEqualTo(4);
		}

		@Test
		void shouldChangeNothingForRepeatedRejectedBuild() {
			repo.publishing.handle(isoBuild(1));
			int mark = repo.events.mark();
			assertThat(repo.publish(isoBuild(1))).isEqualTo(Outcome.ALREADY_SETTLED);
			assertThat(repo.events.since(mark)).isEmpty();
		}

		@Test
		void shouldNotMoveAliasForLateOlderBuild() {
			publishIsoBuilds(2, 4);
			int mark = repo.events.mark();
			assertThat(repo.publish(isoBuild(3))).isEqualTo(Outcome.PUBLISHED);
			assertThat(repo.events.since(mark)).hasOnlyElementsOfType(ArtifactsPublished.class);
			assertThat(repo.aliasBuild("speedtest.squashfs")).isEqualTo(4);
		}

		@Test
		void shouldReachTheSameStateInAnyOrder() {
			publishIsoBuilds(4, 1, 3, 2);
			assertThat(repo.aliasBuild("speedtest.squashfs")).isEqualTo(4);
			assertThat(repo.store.current().builds(ISO_JOB).keySet()).containsExactly(2L, 3L, 4L);
		}

		@Test
		void shouldFinishABuildInterruptedByTheBrokerWhenRedelivered() {
			BuildCompleted build = aBuildCompleted(DRACUT_JOB, 1, "initrd-1.img", "vmlinuz-5");
			repo.events.refuse = (event) -> event instanceof AliasUpdated moved && moved.alias().equals("vmlinuz");
			assertThatThrownBy(() -> repo.publish(build)).hasMessageContaining("broker unavailable");
			assertThat(repo.events.of(ArtifactsPublished.class)).isEmpty();

			repo.events.refuse = (event) -> false;
			assertThat(repo.publish(build)).isEqualTo(Outcome.PUBLISHED);

			assertThat(repo.events.of(AliasUpdated.class)).extracting(AliasUpdated::alias)
				.containsExactly("initrd", "vmlinuz");
			assertThat(repo.events.of(ArtifactsPublished.class)).hasSize(1);
			assertThat(repo.aliasBuild("vmlinuz")).isEqualTo(1);
		}

	}

}
