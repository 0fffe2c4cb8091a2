package io.livecd.repo.catalog.model;

import static io.livecd.repo.catalog.CatalogFixtures.ISO_JOB;
import static io.livecd.repo.catalog.CatalogFixtures.T0;
import static io.livecd.repo.catalog.CatalogFixtures.isoManifest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ForemanReferencesTest {

	private static ForemanReferences of(String... values) {
		return ForemanReferences
			.in(List.of(values).stream().map((v) -> new ForemanParameter("global", "p" + v, v, T0)).toList());
	}

	@Test
	void shouldFindPathsInUrls() {
		ForemanReferences references = of("http://m/livecd/builds/" + ISO_JOB + "/speedtest-3.squashfs?x=1",
				"root=live:builds/j/f.img");
		assertThat(references.paths()).containsExactlyInAnyOrder(ISO_JOB + "/speedtest-3.squashfs", "j/f.img");
		assertThat(references.names(isoManifest(3))).isTrue();
		assertThat(references.names(isoManifest(4))).isFalse();
	}

	@Test
	void shouldTakeAWholeValueThatIsAFileName() {
		ForemanReferences references = of(" speedtest-4.squashfs ", "lininstall", "http://mirror/livecd");
		assertThat(references.bareNames()).containsExactlyInAnyOrder("speedtest-4.squashfs", "lininstall");
		assertThat(references.names(isoManifest(4))).isTrue();
	}

	@Test
	void shouldNotTakeAliasPathOrBaseUrlForABuild() {
		ForemanReferences references = of("http://m/livecd/speedtest.squashfs", "http://m/livecd/builds/" + ISO_JOB);
		assertThat(references.names(isoManifest(1))).isFalse();
	}

}
