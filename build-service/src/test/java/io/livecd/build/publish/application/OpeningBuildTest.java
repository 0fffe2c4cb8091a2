package io.livecd.build.publish.application;

import static io.livecd.build.publish.application.PublishFixture.JOB;
import static io.livecd.build.publish.application.PublishFixture.anOpenBuild;
import static io.livecd.build.publish.application.PublishFixture.content;
import static io.livecd.build.publish.application.PublishFixture.entry;
import static io.livecd.build.publish.model.OutcomeAssertions.done;
import static io.livecd.build.publish.model.OutcomeAssertions.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.livecd.build.publish.application.OpeningBuild.Opened;
import io.livecd.build.publish.model.BuildStatus;
import io.livecd.build.publish.model.BuildStatus.State;
import io.livecd.build.publish.model.Refusal.Reason;
import org.junit.jupiter.api.Test;

class OpeningBuildTest {

	private final PublishFixture fixture = new PublishFixture();

	@Test
	void shouldOpenABuildWithItsMetadata() {
		Opened opened = done(this.fixture.opening.open(anOpenBuild("42")));

		assertThat(opened.created()).isTrue();
		assertThat(opened.status().state()).isEqualTo(State.OPEN);
		assertThat(opened.status().metadata().image()).isEqualTo("speedtest");
		assertThat(this.fixture.staging.find(opened.status().id())).isPresent();
	}

	@Test
	void shouldKeepUploadsWhenOpenedAgainWithTheSameMetadata() {
		this.fixture.openWith("42", "vmlinuz", content("kernel"));

		Opened again = done(this.fixture.opening.open(anOpenBuild("42")));

		assertThat(again.created()).isFalse();
		assertThat(again.status().artifacts()).extracting("name").containsExactly("vmlinuz");
	}

	@Test
	void shouldRefuseOtherMetadataForAnOpenBuild() {
		this.fixture.opening.open(anOpenBuild("42"));

		refused(this.fixture.opening.open(new OpenBuild(JOB, "42", "other-image", null, null, null)),
				Reason.BUILD_CONFLICT);
	}

	@Test
	void shouldAnswerWithThePublicationForAPublishedBuild() {
		this.fixture.openWith("42", "vmlinuz", content("kernel"));
		String eventId = done(this.fixture.complete("42", entry("vmlinuz", content("kernel"))));

		BuildStatus status = done(this.fixture.opening.open(anOpenBuild("42"))).status();

		assertThat(status.state()).isEqualTo(State.PUBLISHED);
		assertThat(status.eventId()).isEqualTo(eventId);
		refused(this.fixture.opening.open(new OpenBuild(JOB, "42", "other-image", null, null, null)),
				Reason.ALREADY_PUBLISHED);
	}

	@Test
	void shouldRefuseInvalidMetadata() {
		refused(this.fixture.opening.open(new OpenBuild("bad job", "42", "speedtest", null, null, null)),
				Reason.INVALID_NAME);
		refused(this.fixture.opening.open(new OpenBuild(JOB, "42", "../speedtest", null, null, null)),
				Reason.INVALID_NAME);
		refused(this.fixture.opening.open(new OpenBuild(JOB, "42", "speedtest", "4.18 ; rm", null, null)),
				Reason.INVALID_REQUEST);
		refused(this.fixture.opening.open(new OpenBuild(JOB, "42", "speedtest", null, "not-a-sha", null)),
				Reason.INVALID_REQUEST);
		refused(this.fixture.opening.open(new OpenBuild(JOB, "42", "speedtest", null, null, "javascript:alert(1)")),
				Reason.INVALID_REQUEST);
		assertThat(this.fixture.staging.idleSince(this.fixture.clock.instant().plusSeconds(1))).isEmpty();
	}

	@Test
	void shouldReportStatusOfOpenAndUnknownBuilds() {
		this.fixture.openWith("42", "vmlinuz", content("kernel"));

		assertThat(done(this.fixture.opening.status(JOB, "42")).artifacts()).hasSize(1);
		refused(this.fixture.opening.status(JOB, "43"), Reason.UNKNOWN_BUILD);
	}

}
