package io.livecd.build.publish.application;

import static io.livecd.build.publish.application.PublishFixture.JOB;
import static io.livecd.build.publish.application.PublishFixture.content;
import static io.livecd.build.publish.application.PublishFixture.entry;
import static io.livecd.build.publish.model.OutcomeAssertions.done;
import static org.assertj.core.api.Assertions.assertThat;

import io.livecd.build.publish.model.BuildId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SweepingStagingTest {

	private final PublishFixture fixture = new PublishFixture();

	@Test
	void shouldRemoveBuildsIdleLongerThanTheMaximumAge() {
		this.fixture.openWith("41", "vmlinuz", content("old"));
		this.fixture.clock.advance(Duration.ofHours(20));
		this.fixture.openWith("42", "vmlinuz", content("recent"));
		this.fixture.clock.advance(Duration.ofHours(5));

		assertThat(this.fixture.sweeping.sweep()).isEqualTo(1);

		assertThat(this.fixture.staging.isEmpty(new BuildId(JOB, 41))).isTrue();
		assertThat(this.fixture.staging.find(new BuildId(JOB, 42))).isPresent();
		assertThat(this.fixture.staging.abandonedSweeps()).isEqualTo(1);
	}

	@Test
	void shouldKeepAnIdleBuildThatIsPublished() {
		this.fixture.openWith("42", "vmlinuz", content("kernel"));
		done(this.fixture.complete("42", entry("vmlinuz", content("kernel"))));
		this.fixture.clock.advance(Duration.ofDays(3));

		assertThat(this.fixture.sweeping.sweep()).isZero();

		assertThat(this.fixture.staging.artifacts(new BuildId(JOB, 42))).hasSize(1);
	}

	@Test
	void shouldKeepAnIdleBuildWhileAnUploadRuns() {
		BuildId id = new BuildId(JOB, 42);
		this.fixture.openWith("42");
		this.fixture.clock.advance(Duration.ofDays(3));
		this.fixture.locks.uploadStarted(id);

		assertThat(this.fixture.sweeping.sweep()).isZero();

		this.fixture.locks.uploadEnded(id);
		assertThat(this.fixture.sweeping.sweep()).isEqualTo(1);
	}

}
