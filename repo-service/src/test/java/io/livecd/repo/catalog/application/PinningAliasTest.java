package io.livecd.repo.catalog.application;

import static io.livecd.repo.catalog.CatalogFixtures.DRACUT_JOB;
import static io.livecd.repo.catalog.CatalogFixtures.ISO_JOB;
import static io.livecd.repo.catalog.CatalogFixtures.aBuildCompleted;
import static io.livecd.repo.catalog.CatalogFixtures.isoBuild;
import static org.assertj.core.api.Assertions.assertThat;

import io.livecd.common.event.AliasPinned;
import io.livecd.common.event.AliasUnpinned;
import io.livecd.common.event.AliasUpdateReason;
import io.livecd.common.event.AliasUpdated;
import io.livecd.common.event.BuildPruned;
import io.livecd.repo.catalog.application.PinResult.Reason;
import io.livecd.repo.catalog.application.PinningAlias.PinAlias;
import io.livecd.repo.catalog.application.PinningAlias.PinBuild;
import io.livecd.repo.catalog.application.PinningAlias.UnpinAlias;
import io.livecd.repo.catalog.application.PinningAlias.UnpinBuild;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PinningAliasTest {

	private static final String SQUASHFS = "speedtest.squashfs";

	private final Repository repo = new Repository();

	@BeforeEach
	void publishThreeBuilds() {
		for (long build = 1; build <= 3; build++) {
			this.repo.publish(isoBuild(build));
			this.repo.publish(aBuildCompleted(DRACUT_JOB, build, "initrd-" + build + ".img", "vmlinuz-" + build));
		}
	}

	@Nested
	class Pin {

		@Test
		void shouldMoveAliasToThePinnedBuildAndLogBoth() {
			int mark = repo.events.mark();
			assertThat(repo.pinning.pin(new PinAlias(SQUASHFS, 1, "alice")))
				.isEqualTo(new PinResult.Done(List.of(SQUASHFS)));
			assertThat(repo.events.since(mark)).hasSize(2);
			assertThat(repo.events.since(mark).get(0)).isInstanceOfSatisfying(AliasPinned.class,
					(p) -> assertThat(p.build()).isEqualTo(1));
			assertThat(repo.events.since(mark).get(1)).isInstanceOfSatisfying(AliasUpdated.class, (u) -> {
				assertThat(u.reason()).isEqualTo(AliasUpdateReason.PIN);
				assertThat(u.actor()).isEqualTo("alice");
				assertThat(u.previous().build()).isEqualTo(3);
				assertThat(u.target().build()).isEqualTo(1);
			});
		}

		@Test
		void shouldHoldAliasAndKeepBuildWhileNewBuildsArrive() {
			repo.pinning.pin(new PinAlias(SQUASHFS, 1, "alice"));
			repo.publish(isoBuild(4));
			repo.publish(isoBuild(5));
			assertThat(repo.aliasBuild(SQUASHFS)).isEqualTo(1);
			assertThat(repo.store.current().builds(ISO_JOB).keySet()).containsExactly(1L, 3L, 4L, 5L);
		}

		@Test
		void shouldChangeNothingWhenPinnedTwice() {
			repo.pinning.pin(new PinAlias(SQUASHFS, 2, "alice"));
			int mark = repo.events.mark();
			assertThat(repo.pinning.pin(new PinAlias(SQUASHFS, 2, "alice"))).isInstanceOf(PinResult.Done.class);
			assertThat(repo.events.since(mark)).isEmpty();
		}

		@Test
		void shouldPinWithoutMoveWhenAliasIsAlreadyThere() {
			int mark = repo.events.mark();
			repo.pinning.pin(new PinAlias(SQUASHFS, 3, "alice"));
			assertThat(repo.events.since(mark)).hasOnlyElementsOfType(AliasPinned.class).hasSize(1);
		}

		@Test
		void shouldRefuseUnknownAliasUnknownBuildAndBuildWithoutMatchingFile() {
			assertThat(repo.pinning.pin(new PinAlias("nope", 1, "alice")))
				.extracting((r) -> ((PinResult.Refused) r).reason())
				.isEqualTo(Reason.UNKNOWN_ALIAS);
			assertThat(repo.pinning.pin(new PinAlias(SQUASHFS, 9, "alice")))
				.extracting((r) -> ((PinResult.Refused) r).reason())
				.isEqualTo(Reason.UNKNOWN_BUILD);
			repo.publish(aBuildCompleted(ISO_JOB, 4, "speedtest-4.iso"));
			assertThat(repo.pinning.pin(new PinAlias(SQUASHFS, 4, "alice")))
				.extracting((r) -> ((PinResult.Refused) r).reason())
				.isEqualTo(Reason.NO_MATCHING_FILE);
		}

	}

	@Nested
	class Unpin {

		@Test
		void shouldLetTheNextBuildMoveTheAliasAndRetentionRemoveTheBuild() {
			repo.pinning.pin(new PinAlias(SQUASHFS, 1, "alice"));
			repo.publish(isoBuild(4));
			int mark = repo.events.mark();

			repo.pinning.unpin(new UnpinAlias(SQUASHFS, "bob"));
			assertThat(repo.events.since(mark)).hasOnlyElementsOfType(AliasUnpinned.class);
			assertThat(repo.aliasBuild(SQUASHFS)).isEqualTo(1);
			assertThat(repo.events.of(BuildPruned.class)).isEmpty();

			repo.publish(isoBuild(5));
			assertThat(repo.aliasBuild(SQUASHFS)).isEqualTo(5);
			assertThat(repo.events.of(BuildPruned.class)).extracting(BuildPruned::build).containsExactly(1L, 2L);
		}

		@Test
		void shouldChangeNothingWhenNotPinned() {
			int mark = repo.events.mark();
			assertThat(repo.pinning.unpin(new UnpinAlias(SQUASHFS, "bob"))).isInstanceOf(PinResult.Done.class);
			assertThat(repo.events.since(mark)).isEmpty();
		}

	}

	@Nested
	class WholeBuild {

		@Test
		void shouldPinAndUnpinEveryAliasOfTheJob() {
			assertThat(repo.pinning.pinBuild(new PinBuild(DRACUT_JOB, 2, "alice")))
				.isEqualTo(new PinResult.Done(List.of("initrd", "vmlinuz")));
			assertThat(repo.aliasBuild("initrd")).isEqualTo(2);
			assertThat(repo.aliasBuild("vmlinuz")).isEqualTo(2);

			assertThat(repo.pinning.unpinBuild(new UnpinBuild(DRACUT_JOB, 2, "alice")))
				.isEqualTo(new PinResult.Done(List.of("initrd", "vmlinuz")));
			assertThat(repo.store.current().pins()).isEmpty();
		}

		@Test
		void shouldPinNothingWhenOneAliasCannotBePinned() {
			repo.publish(aBuildCompleted(DRACUT_JOB, 4, "initrd-4.img"));
			int mark = repo.events.mark();
			assertThat(repo.pinning.pinBuild(new PinBuild(DRACUT_JOB, 4, "alice"))).isInstanceOfSatisfying(
					PinResult.Refused.class, (r) -> assertThat(r.reason()).isEqualTo(Reason.NO_MATCHING_FILE));
			assertThat(repo.events.since(mark)).isEmpty();
		}

		@Test
		void shouldRefuseJobWithoutAliases() {
			assertThat(repo.pinning.pinBuild(new PinBuild("other_job", 1, "alice"))).isInstanceOfSatisfying(
					PinResult.Refused.class, (r) -> assertThat(r.reason()).isEqualTo(Reason.NO_ALIASES));
		}

	}

}
