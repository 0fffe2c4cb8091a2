package io.livecd.build.publish.model;

import static io.livecd.build.publish.model.OutcomeAssertions.done;
import static io.livecd.build.publish.model.OutcomeAssertions.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.livecd.build.publish.model.Refusal.Reason;
import io.livecd.common.event.Artifact;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestTest {

	private static final String SHA_A = "a".repeat(64);

	private static final String SHA_B = "b".repeat(64);

	@Test
	void shouldOrderArtifactsByNameAndAcceptUpperCaseHex() {
		Manifest manifest = done(Manifest.of(List.of(new ManifestEntry("vmlinuz", 3L, SHA_A.toUpperCase()),
				new ManifestEntry("initrd.img", 5L, SHA_B)), 10));

		assertThat(manifest.artifacts()).containsExactly(new Artifact("initrd.img", 5, SHA_B),
				new Artifact("vmlinuz", 3, SHA_A));
	}

	@Test
	void shouldRefuseMalformedManifests() {
		refused(Manifest.of(List.of(), 10), Reason.INVALID_REQUEST);
		refused(Manifest.of(null, 10), Reason.INVALID_REQUEST);
		refused(Manifest.of(List.of(new ManifestEntry("a", null, SHA_A)), 10), Reason.INVALID_REQUEST);
		refused(Manifest.of(List.of(new ManifestEntry("a", -1L, SHA_A)), 10), Reason.INVALID_REQUEST);
		refused(Manifest.of(List.of(new ManifestEntry("a", 1L, "xyz")), 10), Reason.INVALID_REQUEST);
		refused(Manifest.of(List.of(new ManifestEntry("a", 1L, SHA_A), new ManifestEntry("a", 1L, SHA_A)), 10),
				Reason.INVALID_REQUEST);
		refused(Manifest.of(List.of(new ManifestEntry("a/b", 1L, SHA_A)), 10), Reason.INVALID_NAME);
		List<ManifestEntry> many = new ArrayList<>();
		for (int i = 0; i < 11; i++) {
			many.add(new ManifestEntry("f" + i, 1L, SHA_A));
		}
		refused(Manifest.of(many, 10), Reason.TOO_MANY_ARTIFACTS);
	}

	@Test
	void shouldNameEveryDifferenceFromWhatWasStored() {
		Manifest manifest = new Manifest(List.of(new Artifact("a", 1, SHA_A), new Artifact("b", 2, SHA_B)));

		String detail = refused(manifest.verify(List.of(new Artifact("b", 3, SHA_B), new Artifact("c", 1, SHA_A))),
				Reason.MISSING_ARTIFACT);

		assertThat(detail).contains("a was not uploaded", "b has 3 bytes", "c was uploaded but is not in the manifest");
	}

	@Test
	void shouldDeriveTheSameEventIdForTheSameBuildAndManifestOnly() {
		BuildId id = new BuildId("job", 42);
		StagedBuild build = new StagedBuild(id, new BuildMetadata("img", null, null, null), Instant.EPOCH);
		Manifest manifest = new Manifest(List.of(new Artifact("a", 1, SHA_A)));

		String first = build.complete(manifest, Instant.EPOCH).id();

		assertThat(build.complete(new Manifest(List.of(new Artifact("a", 1, SHA_A))), Instant.now()).id())
			.isEqualTo(first);
		assertThat(build.complete(new Manifest(List.of(new Artifact("a", 1, SHA_B))), Instant.EPOCH).id())
			.isNotEqualTo(first);
		StagedBuild build43 = new StagedBuild(new BuildId("job", 43), build.metadata(), Instant.EPOCH);
		assertThat(build43.complete(manifest, Instant.EPOCH).id()).isNotEqualTo(first);
	}

}
