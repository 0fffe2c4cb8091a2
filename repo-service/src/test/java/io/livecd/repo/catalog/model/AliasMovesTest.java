package io.livecd.repo.catalog.model;

import static io.livecd.repo.catalog.CatalogFixtures.DRACUT_JOB;
import static io.livecd.repo.catalog.CatalogFixtures.T0;
import static io.livecd.repo.catalog.CatalogFixtures.exampleRules;
import static io.livecd.repo.catalog.CatalogFixtures.isoManifest;
import static io.livecd.repo.catalog.CatalogFixtures.manifest;
import static org.assertj.core.api.Assertions.assertThat;

import io.livecd.common.event.AliasPinned;
import io.livecd.common.event.AliasUpdateReason;
import io.livecd.common.event.AliasUpdated;
import java.util.List;
import org.junit.jupiter.api.Test;

class AliasMovesTest {

	private static List<AliasUpdated> moves(Catalog catalog, Manifest build) {
		return AliasMoves.onPublish(catalog, exampleRules(), build, "repo-service", T0);
	}

	private static Catalog after(Catalog catalog, List<AliasUpdated> moves) {
		for (AliasUpdated move : moves) {
			catalog = catalog.apply(move);
		}
		return catalog;
	}

	@Test
	void shouldMoveEveryAliasOfTheJobToItsFile() {
		Manifest build = manifest(DRACUT_JOB, 3, "initrd-3.img", "vmlinuz-5.14", "README");
		List<AliasUpdated> moves = moves(Catalog.empty(), build);
		assertThat(moves).extracting(AliasUpdated::alias).containsExactly("initrd", "vmlinuz");
		assertThat(moves).extracting((m) -> m.target().file()).containsExactly("initrd-3.img", "vmlinuz-5.14");
		assertThat(moves).allSatisfy((m) -> {
			assertThat(m.previous()).isNull();
			assertThat(m.reason()).isEqualTo(AliasUpdateReason.PUBLISH);
			assertThat(m.target().build()).isEqualTo(3);
			assertThat(m.target().sha256()).isEqualTo(build.artifact(m.target().file()).get().sha256());
		});
	}

	@Test
	void shouldNamePreviousTarget() {
		Catalog catalog = after(Catalog.empty(), moves(Catalog.empty(), isoManifest(1)));
		AliasUpdated move = moves(catalog, isoManifest(2)).get(0);
		assertThat(move.previous().build()).isEqualTo(1);
		assertThat(move.target().build()).isEqualTo(2);
	}

	@Test
	void shouldNotMoveBackToAnOlderOrTheSameBuild() {
		Catalog catalog = after(Catalog.empty(), moves(Catalog.empty(), isoManifest(4)));
		assertThat(moves(catalog, isoManifest(3))).isEmpty();
		assertThat(moves(catalog, isoManifest(4))).isEmpty();
	}

	@Test
	void shouldNotMovePinnedAlias() {
		Catalog catalog = after(Catalog.empty(), moves(Catalog.empty(), isoManifest(1)))
			.apply(new AliasPinned("p", T0, "speedtest.squashfs", 1, "ops"));
		assertThat(moves(catalog, isoManifest(2))).isEmpty();
	}

	@Test
	void shouldSkipAliasWithoutMatchingFile() {
		assertThat(moves(Catalog.empty(), manifest(DRACUT_JOB, 3, "initrd-3.img"))).extracting(AliasUpdated::alias)
			.containsExactly("initrd");
	}

	@Test
	void shouldDeriveTheSameIdForTheSameMove() {
		assertThat(moves(Catalog.empty(), isoManifest(1)).get(0).id())
			.isEqualTo(moves(Catalog.empty(), isoManifest(1)).get(0).id())
			.isNotEqualTo(moves(Catalog.empty(), isoManifest(2)).get(0).id());
	}

}
