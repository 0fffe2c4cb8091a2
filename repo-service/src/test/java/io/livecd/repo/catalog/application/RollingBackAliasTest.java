package io.livecd.repo.catalog.application;

import static io.livecd.repo.catalog.CatalogFixtures.ISO_JOB;
import static io.livecd.repo.catalog.CatalogFixtures.aBuildCompleted;
import static io.livecd.repo.catalog.CatalogFixtures.isoBuild;
import static org.assertj.core.api.Assertions.assertThat;

import io.livecd.common.event.AliasUpdateReason;
import io.livecd.common.event.AliasUpdated;
import io.livecd.repo.catalog.application.MoveResult.Reason;
import io.livecd.repo.catalog.application.PinningAlias.PinAlias;
import io.livecd.repo.catalog.application.RollingBackAlias.Restore;
import io.livecd.repo.catalog.application.RollingBackAlias.RollBack;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RollingBackAliasTest {

	private static final String SQUASHFS = "speedtest.squashfs";

	private final Repository repo = new Repository();

	@BeforeEach
	void publishThreeBuilds() {
		for (long build = 1; build <= 3; build++) {
			this.repo.publish(isoBuild(build));
		}
	}

	private MoveResult rollBack(OptionalLong toBuild) {
		return this.repo.rollingBack.rollBack(new RollBack(SQUASHFS, toBuild, "alice"));
	}

	private static Reason reason(MoveResult result) {
		return ((MoveResult.Refused) result).reason();
	}

	@Nested
	class RollBackByDefault {

		@Test
		void shouldMoveToThePreviousRetainedBuildAndLogTheMove() {
			int mark = repo.events.mark();
			MoveResult result = rollBack(OptionalLong.empty());

			assertThat(result).isInstanceOfSatisfying(MoveResult.Moved.class, (moved) -> {
				assertThat(moved.previous().build()).isEqualTo(3);
				assertThat(moved.target().build()).isEqualTo(2);
				assertThat(moved.eventId()).isPresent();
			});
			assertThat(repo.aliasBuild(SQUASHFS)).isEqualTo(2);
			assertThat(repo.events.since(mark)).singleElement().isInstanceOfSatisfying(AliasUpdated.class, (u) -> {
				assertThat(u.reason()).isEqualTo(AliasUpdateReason.ROLLBACK);
				assertThat(u.actor()).isEqualTo("alice");
				assertThat(u.previous().build()).isEqualTo(3);
				assertThat(u.target().file()).isEqualTo("speedtest-2.squashfs");
				assertThat(u.id()).isEqualTo(((MoveResult.Moved) result).eventId().orElseThrow());
			});
		}

		@Test
		void shouldStepBackAgainOnASecondRollback() {
			rollBack(OptionalLong.empty());
			rollBack(OptionalLong.empty());
			assertThat(repo.aliasBuild(SQUASHFS)).isEqualTo(1);
			assertThat(reason(rollBack(OptionalLong.empty()))).isEqualTo(Reason.NO_EARLIER_BUILD);
		}

		@Test
		void shouldSkipPrunedBuildsAndBuildsWithoutAFileForTheAlias() {
			repo.publish(aBuildCompleted(ISO_JOB, 4, "speedtest-4.iso"));
			repo.publish(isoBuild(5));
			assertThat(repo.store.current().builds(ISO_JOB).keySet()).containsExactly(3L, 4L, 5L);

			rollBack(OptionalLong.empty());
			assertThat(repo.aliasBuild(SQUASHFS)).isEqualTo(3);
			assertThat(reason(rollBack(OptionalLong.empty()))).isEqualTo(Reason.NO_EARLIER_BUILD);
		}

		@Test
		void shouldRefuseAnAliasWithoutTarget() {
			assertThat(repo.rollingBack.rollBack(new RollBack("initrd", OptionalLong.empty(), "alice")))
				.isInstanceOfSatisfying(MoveResult.Refused.class, (r) -> {
					assertThat(r.reason()).isEqualTo(Reason.NO_EARLIER_BUILD);
					assertThat(r.detail()).contains("names no build");
				});
		}

	}

	@Nested
	class RollBackToABuild {

		@Test
		void shouldMoveToThatBuild() {
			assertThat(rollBack(OptionalLong.of(1))).isInstanceOf(MoveResult.Moved.class);
			assertThat(repo.aliasBuild(SQUASHFS)).isEqualTo(1);
		}

		@Test
		void shouldLogNothingWhenTheAliasIsThereAlready() {
			rollBack(OptionalLong.of(2));
			int mark = repo.events.mark();
			assertThat(rollBack(OptionalLong.of(2))).isInstanceOfSatisfying(MoveResult.Moved.class, (moved) -> {
				assertThat(moved.eventId()).isEmpty();
				assertThat(moved.target().build()).isEqualTo(2);
			});
			assertThat(repo.events.since(mark)).isEmpty();
		}

		@Test
		void shouldRefuseUnknownAliasUnknownBuildAndBuildWithoutFile() {
			repo.publish(aBuildCompleted(ISO_JOB, 4, "speedtest-4.iso"));
			int mark = repo.events.mark();
			assertThat(reason(repo.rollingBack.rollBack(new RollBack("nope", OptionalLong.of(1), "alice"))))
				.isEqualTo(Reason.UNKNOWN_ALIAS);
			assertThat(reason(rollBack(OptionalLong.of(9)))).isEqualTo(Reason.UNKNOWN_BUILD);
			assertThat(reason(rollBack(OptionalLong.of(4)))).isEqualTo(Reason.NO_MATCHING_FILE);
			assertThat(repo.events.since(mark)).isEmpty();
		}

	}

	@Nested
	class Pinned {

		@Test
		void shouldRefuseRollbackAndRestoreUntilUnpinned() {
			repo.pinning.pin(new PinAlias(SQUASHFS, 3, "bob"));
			int mark = repo.events.mark();
			assertThat(rollBack(OptionalLong.empty())).isInstanceOfSatisfying(MoveResult.Refused.class, (r) -> {
				assertThat(r.reason()).isEqualTo(Reason.PINNED);
				assertThat(r.detail()).contains("unpin");
			});
			assertThat(reason(repo.rollingBack.restore(new Restore(SQUASHFS, 1, "alice")))).isEqualTo(Reason.PINNED);
			assertThat(repo.events.since(mark)).isEmpty();
		}

	}

	@Nested
	class RestoreReplayedState {

		@Test
		void shouldMoveWithReasonReplayAndOnlyOnce() {
			int mark = repo.events.mark();
			repo.rollingBack.restore(new Restore(SQUASHFS, 1, "alice"));
			repo.rollingBack.restore(new Restore(SQUASHFS, 1, "alice"));
			assertThat(repo.events.since(mark)).singleElement()
				.isInstanceOfSatisfying(AliasUpdated.class,
						(u) -> assertThat(u.reason()).isEqualTo(AliasUpdateReason.REPLAY));
			assertThat(repo.aliasBuild(SQUASHFS)).isEqualTo(1);
		}

	}

}
