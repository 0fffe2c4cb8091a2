package io.livecd.repo.catalog.model;

import static io.livecd.repo.catalog.CatalogFixtures.ISO_JOB;
import static io.livecd.repo.catalog.CatalogFixtures.artifact;
import static org.assertj.core.api.Assertions.assertThat;

import io.livecd.common.event.Artifact;
import io.livecd.repo.catalog.model.Verification.Check;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VerificationTest {

	private final Artifact declared = artifact(ISO_JOB, 7, "speedtest-7.squashfs");

	private final Measurement good = new Measurement(this.declared.size(), this.declared.sha256(), "v1");

	private Check check(Optional<Measurement> staged, Optional<Measurement> existing) {
		return Verification.check(ISO_JOB, 7, this.declared, staged, existing);
	}

	@Test
	void shouldCopyVerifiedBytesToAFreeKey() {
		assertThat(check(Optional.of(this.good), Optional.empty())).isEqualTo(new Check.Copy(this.declared, "v1"));
	}

	@Test
	void shouldTreatIdenticalBytesAtTheKeyAsDone() {
		assertThat(
				check(Optional.of(this.good), Optional.of(new Measurement(this.good.size(), this.good.sha256(), "x"))))
			.isEqualTo(new Check.Present(this.declared));
	}

	@Test
	void shouldRefuseToOverwriteOtherBytes() {
		Check check = check(Optional.of(this.good), Optional.of(new Measurement(3, "0".repeat(64), "x")));
		assertThat(check).isInstanceOf(Check.Fail.class);
		assertThat(((Check.Fail) check).reason()).contains("builds/" + ISO_JOB + "/speedtest-7.squashfs")
			.contains("other bytes");
	}

	@Test
	void shouldRejectMissingStagedObject() {
		assertThat(((Check.Fail) check(Optional.empty(), Optional.empty())).reason())
			.contains("staging/" + ISO_JOB + "/7/artifacts/speedtest-7.squashfs is missing");
	}

	@Test
	void shouldRejectWrongSize() {
		Check check = check(Optional.of(new Measurement(1, this.declared.sha256(), "v1")), Optional.empty());
		assertThat(((Check.Fail) check).reason()).contains("size is 1 bytes, manifest says " + this.declared.size());
	}

	@Test
	void shouldRejectWrongChecksum() {
		Check check = check(Optional.of(new Measurement(this.declared.size(), "f".repeat(64), "v1")), Optional.empty());
		assertThat(((Check.Fail) check).reason()).contains("sha256 is " + "f".repeat(64));
	}

}
