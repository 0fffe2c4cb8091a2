package io.livecd.build.publish.application;

import static io.livecd.build.publish.application.PublishFixture.JOB;
import static io.livecd.build.publish.application.PublishFixture.content;
import static io.livecd.build.publish.application.PublishFixture.entry;
import static io.livecd.build.publish.model.OutcomeAssertions.done;
import static io.livecd.build.publish.model.OutcomeAssertions.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.livecd.build.publish.model.BuildId;
import io.livecd.build.publish.model.ManifestEntry;
import io.livecd.build.publish.model.Refusal.Reason;
import io.livecd.common.checksum.Sha256;
import io.livecd.common.event.Artifact;
import io.livecd.common.event.BuildCompleted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CompletingBuildTest {

	private final PublishFixture fixture = new PublishFixture();

	private final byte[] squashfs = content("squashfs");

	private final byte[] initrd = content("initrd");

	private final byte[] kernel = content("kernel");

	private final BuildId build42 = new BuildId(JOB, 42);

	@BeforeEach
	void openBuild42WithThreeArtifacts() {
		this.fixture.openWith("42", "speedtest.squashfs", this.squashfs, "initrd.img", this.initrd, "vmlinuz",
				this.kernel);
	}

	private ManifestEntry[] manifest() {
		return new ManifestEntry[] { entry("speedtest.squashfs", this.squashfs), entry("initrd.img", this.initrd),
				entry("vmlinuz", this.kernel) };
	}

	@Test
	void shouldEmitOneEventWithTheBuildAndEveryArtifact() {
		String eventId = done(this.fixture.complete("42", manifest()));

		assertThat(this.fixture.events.published()).singleElement().satisfies((event) -> {
			assertThat(event.id()).isEqualTo(eventId);
			assertThat(event.job()).isEqualTo(JOB);
			assertThat(event.build()).isEqualTo(42);
			assertThat(event.image()).isEqualTo("speedtest");
			assertThat(event.kernel()).isEqualTo("4.18.0-553.el8_10.x86_64");
			assertThat(event.gitCommit()).isEqualTo("0123abcd");
			assertThat(event.time()).isEqualTo(this.fixture.clock.instant());
			assertThat(event.artifacts()).containsExactly(
					new Artifact("initrd.img", this.initrd.length, Sha256.of(this.initrd)),
					new Artifact("speedtest.squashfs", this.squashfs.length, Sha256.of(this.squashfs)),
					new Artifact("vmlinuz", this.kernel.length, Sha256.of(this.kernel)));
		});
		assertThat(this.fixture.publications.pending()).isEmpty();
	}

	@Nested
	class Again {

		@Test
		void shouldAnswerTheSameEventIdWithoutASecondEvent() {
			String first = done(fixture.complete("42", manifest()));
			fixture.clock.advance(java.time.Duration.ofMinutes(5));

			String second = done(fixture.complete("42", manifest()));

			assertThat(second).isEqualTo(first);
			assertThat(fixture.events.published()).hasSize(1);
		}

		@Test
		void shouldAnswerEvenAfterTheRepositoryClearedStaging() {
			String first = done(fixture.complete("42", manifest()));
			fixture.staging.delete(build42);

			assertThat(done(fixture.complete("42", manifest()))).isEqualTo(first);
		}

		@Test
		void shouldRefuseAnotherManifest() {
			done(fixture.complete("42", manifest()));

			refused(fixture.complete("42", entry("vmlinuz", kernel)), Reason.MANIFEST_CONFLICT);

			assertThat(fixture.events.published()).hasSize(1);
		}

	}

	@Nested
	class WhenTheEventLogIsUnreachable {

		@Test
		void shouldFailAndKeepTheEventPending() {
			fixture.events.unreachable(true);

			assertThatExceptionOfType(EventsUnavailableException.class)
				.isThrownBy(() -> fixture.complete("42", manifest()));

			assertThat(fixture.events.published()).isEmpty();
			assertThat(fixture.publications.pending()).hasSize(1);
		}

		@Test
		void shouldSendExactlyOneEventOnRetryWithTheSameId() {
			fixture.events.unreachable(true);
			assertThatExceptionOfType(EventsUnavailableException.class)
				.isThrownBy(() -> fixture.complete("42", manifest()));
			String pendingId = fixture.publications.pending().get(0).id();
			fixture.events.unreachable(false);

			String retried = done(fixture.complete("42", manifest()));
			String againAfter = done(fixture.complete("42", manifest()));

			assertThat(retried).isEqualTo(pendingId).isEqualTo(againAfter);
			assertThat(fixture.events.published()).extracting(BuildCompleted::id).containsExactly(pendingId);
		}

		@Test
		void shouldLetTheRelaySendItWhenNobodyRetries() {
			fixture.events.unreachable(true);
			assertThatExceptionOfType(EventsUnavailableException.class)
				.isThrownBy(() -> fixture.complete("42", manifest()));
			fixture.events.unreachable(false);

			assertThat(fixture.completing.sendPending()).isEqualTo(1);
			assertThat(fixture.completing.sendPending()).isZero();
			done(fixture.complete("42", manifest()));

			assertThat(fixture.events.published()).hasSize(1);
		}

		@Test
		void shouldRefuseAnotherManifestEvenWhileTheEventIsPending() {
			fixture.events.unreachable(true);
			assertThatExceptionOfType(EventsUnavailableException.class)
				.isThrownBy(() -> fixture.complete("42", manifest()));

			refused(fixture.complete("42", entry("vmlinuz", kernel)), Reason.MANIFEST_CONFLICT);
		}

	}

	@Nested
	class Refusing {

		@Test
		void shouldRefuseAnArtifactThatWasNotUploaded() {
			byte[] iso = content("iso");

			String detail = refused(fixture.complete("42", entry("speedtest.squashfs", squashfs),
					entry("initrd.img", initrd), entry("vmlinuz", kernel), entry("speedtest.iso", iso)),
					Reason.MISSING_ARTIFACT);

			assertThat(detail).contains("speedtest.iso");
			assertNothingPublished();
		}

		@Test
		void shouldRefuseASizeThatDiffersFromTheStoredOne() {
			refused(fixture.complete("42", entry("speedtest.squashfs", squashfs), entry("initrd.img", initrd),
					new ManifestEntry("vmlinuz", (long) kernel.length + 1, Sha256.of(kernel))), Reason.SIZE_MISMATCH);
			assertNothingPublished();
		}

		@Test
		void shouldRefuseAChecksumThatDiffersFromTheStoredOne() {
			refused(fixture.complete("42", entry("speedtest.squashfs", squashfs), entry("initrd.img", initrd),
					new ManifestEntry("vmlinuz", (long) kernel.length, Sha256.of(content("kernex")))),
					Reason.CHECKSUM_MISMATCH);
			assertNothingPublished();
		}

		@Test
		void shouldRefuseAStoredArtifactTheManifestLeavesOut() {
			refused(fixture.complete("42", entry("speedtest.squashfs", squashfs), entry("initrd.img", initrd)),
					Reason.UNLISTED_ARTIFACT);
			assertNothingPublished();
		}

		@Test
		void shouldRefuseAnInvalidNameInTheManifest() {
			refused(fixture.complete("42", entry("../../etc/passwd", kernel)), Reason.INVALID_NAME);
			assertNothingPublished();
		}

		@Test
		void shouldRefuseAnUnknownBuild() {
			refused(fixture.complete("43", manifest()), Reason.UNKNOWN_BUILD);
			assertThat(fixture.events.published()).isEmpty();
		}

		@Test
		void shouldRefuseAnInvalidBuildNumber() {
			refused(fixture.complete("0", manifest()), Reason.INVALID_REQUEST);
			refused(fixture.complete("forty-two", manifest()), Reason.INVALID_REQUEST);
		}

		private void assertNothingPublished() {
			assertThat(fixture.events.published()).isEmpty();
			assertThat(fixture.publications.find(build42)).isEmpty();
		}

	}

}
