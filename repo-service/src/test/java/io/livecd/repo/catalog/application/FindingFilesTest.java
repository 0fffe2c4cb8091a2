package io.livecd.repo.catalog.application;

import static io.livecd.repo.catalog.CatalogFixtures.ISO_JOB;
import static io.livecd.repo.catalog.CatalogFixtures.content;
import static io.livecd.repo.catalog.CatalogFixtures.isoBuild;
import static org.assertj.core.api.Assertions.assertThat;

import io.livecd.repo.catalog.application.FindingFiles.ServedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FindingFilesTest {

	private final Repository repo = new Repository();

	@Test
	void shouldFindFilesOfRetainedBuildsOnly() {
		for (long build = 1; build <= 4; build++) {
			this.repo.publish(isoBuild(build));
		}
		assertThat(this.repo.files.buildFile(ISO_JOB, "speedtest-1.squashfs")).isEmpty();
		assertThat(this.repo.files.buildFile(ISO_JOB, "speedtest-2.squashfs"))
			.hasValueSatisfying((f) -> assertThat(f.immutable()).isTrue());
		assertThat(this.repo.files.buildFile("other", "speedtest-2.squashfs")).isEmpty();
	}

	@Test
	void shouldFollowTheAliasAndReadTheTargetBytes() throws IOException {
		this.repo.publish(isoBuild(1));
		this.repo.publish(isoBuild(2));
		ServedFile file = this.repo.files.alias("speedtest.squashfs").orElseThrow();
		assertThat(file.immutable()).isFalse();
		assertThat(file.path()).isEqualTo("builds/" + ISO_JOB + "/speedtest-2.squashfs");
		byte[] expected = content(ISO_JOB, 2, "speedtest-2.squashfs");
		assertThat(file.sha256()).isEqualTo(isoBuild(2).artifacts().get(0).sha256());
		try (InputStream in = this.repo.files.open(file, 3, 10)) {
			assertThat(in.readAllBytes()).isEqualTo(Arrays.copyOfRange(expected, 3, 13));
		}
		assertThat(this.repo.files.alias("initrd")).isEmpty();
	}

}
