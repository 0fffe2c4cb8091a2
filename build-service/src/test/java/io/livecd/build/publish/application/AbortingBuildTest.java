package io.livecd.build.publish.application;

import static io.livecd.build.publish.application.PublishFixture.JOB;
import static io.livecd.build.publish.application.PublishFixture.content;
import static io.livecd.build.publish.application.PublishFixture.entry;
import static io.livecd.build.publish.model.OutcomeAssertions.done;
import static io.livecd.build.publish.model.OutcomeAssertions.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.livecd.build.publish.model.BuildId;
import io.livecd.build.publish.model.Refusal.Reason;
import org.junit.jupiter.api.Test;

class AbortingBuildTest {

	private final PublishFixture fixture = new PublishFixture();

	private final BuildId build42 = new BuildId(JOB, 42);

	@Test
	void shouldRemoveEverythingStagedAndEmitNothing() {
		this.fixture.openWith("42", "vmlinuz", content("kernel"), "initrd.img", content("initrd"));

		done(this.fixture.aborting.abort(JOB, "42"));

		assertThat(this.fixture.staging.isEmpty(this.build42)).isTrue();
		assertThat(this.fixture.events.published()).isEmpty();
		refused(this.fixture.complete("42", entry("vmlinuz", content("kernel"))), Reason.UNKNOWN_BUILD);
	}

	@Test
	void shouldRemoveOneArtifactSoTheManifestCanMatch() {
		this.fixture.openWith("42", "vmlinuz", content("kernel"), "mistake.bin", content("oops"));

		done(this.fixture.aborting.removeArtifact(JOB, "42", "mistake.bin"));

		done(this.fixture.complete("42", entry("vmlinuz", content("kernel"))));
		refused(this.fixture.aborting.removeArtifact(JOB, "42", "vmlinuz"), Reason.ALREADY_PUBLISHED);
	}

	@Test
	void shouldRefuseToAbortAPublishedBuild() {
		this.fixture.openWith("42", "vmlinuz", content("kernel"));
		done(this.fixture.complete("42", entry("vmlinuz", content("kernel"))));

		refused(this.fixture.aborting.abort(JOB, "42"), Reason.ALREADY_PUBLISHED);

		assertThat(this.fixture.staging.artifacts(this.build42)).hasSize(1);
	}

	@Test
	void shouldRefuseUnknownBuildsAndArtifacts() {
		refused(this.fixture.aborting.abort(JOB, "42"), Reason.UNKNOWN_BUILD);
		this.fixture.openWith("42");
		refused(this.fixture.aborting.removeArtifact(JOB, "42", "vmlinuz"), Reason.UNKNOWN_ARTIFACT);
		refused(this.fixture.aborting.removeArtifact(JOB, "42", ".."), Reason.INVALID_NAME);
	}

}
