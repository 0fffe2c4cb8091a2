package io.livecd.repo.catalog.model;

import static io.livecd.repo.catalog.CatalogFixtures.ISO_JOB;
import static io.livecd.repo.catalog.CatalogFixtures.artifact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.livecd.common.name.InvalidNameException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AliasRuleTest {

	private final AliasRule squashfs = new AliasRule("speedtest.squashfs", ISO_JOB, "speedtest-*.squashfs");

	@Test
	void shouldMatchGlob() {
		assertThat(this.squashfs.matches("speedtest-42.squashfs")).isTrue();
		assertThat(this.squashfs.matches("speedtest-.squashfs")).isTrue();
		assertThat(this.squashfs.matches("speedtest-42.squashfs.sha256")).isFalse();
		assertThat(this.squashfs.matches("speedtest-42xsquashfs")).isFalse();
		assertThat(new AliasRule("k", ISO_JOB, "vmlinuz-?").matches("vmlinuz-5")).isTrue();
		assertThat(new AliasRule("k", ISO_JOB, "vmlinuz-?").matches("vmlinuz-55")).isFalse();
	}

	@Test
	void shouldSelectTheOneMatchingArtifact() {
		assertThat(this.squashfs
			.select(List.of(artifact(ISO_JOB, 4, "speedtest-4.iso"), artifact(ISO_JOB, 4, "speedtest-4.squashfs"))))
			.contains(artifact(ISO_JOB, 4, "speedtest-4.squashfs"));
	}

	@Test
	void shouldSelectNothingWhenNoneOrSeveralMatch() {
		assertThat(this.squashfs.select(List.of(artifact(ISO_JOB, 4, "speedtest-4.iso")))).isEmpty();
		assertThat(this.squashfs.select(
				List.of(artifact(ISO_JOB, 4, "speedtest-4.squashfs"), artifact(ISO_JOB, 4, "speedtest-4b.squashfs"))))
			.isEmpty();
	}

	@Test
	void shouldRefuseInvalidNames() {
		assertThatThrownBy(() -> new AliasRule("../x", ISO_JOB, "*")).isInstanceOf(InvalidNameException.class);
		assertThatThrownBy(() -> new AliasRule("x", "a/b", "*")).isInstanceOf(InvalidNameException.class);
		assertThatThrownBy(() -> new AliasRule("x", ISO_JOB, " ")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void shouldRefuseAliasDeclaredTwice() {
		assertThatThrownBy(() -> AliasRules.of(this.squashfs, this.squashfs)).hasMessageContaining("declared twice");
	}

}
