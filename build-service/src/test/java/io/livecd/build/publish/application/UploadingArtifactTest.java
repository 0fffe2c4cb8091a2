package io.livecd.build.publish.application;

import static io.livecd.build.publish.application.PublishFixture.JOB;
import static io.livecd.build.publish.application.PublishFixture.content;
import static io.livecd.build.publish.model.OutcomeAssertions.done;
import static io.livecd.build.publish.model.OutcomeAssertions.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import io.livecd.build.publish.model.BuildId;
import io.livecd.build.publish.model.Refusal.Reason;
import io.livecd.common.checksum.Sha256;
import io.livecd.common.event.Artifact;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UploadingArtifactTest {

	private final PublishFixture fixture = new PublishFixture();

	private final BuildId build42 = new BuildId(JOB, 42);

	@AfterEach
	void everyWriteIsCommittedOrDiscarded() {
		assertThat(this.fixture.staging.openWrites()).isZero();
	}

	@Test
	void shouldStoreTheBytesWithTheSizeAndSha256ItComputed() {
		this.fixture.opening.open(PublishFixture.anOpenBuild("42"));
		byte[] bytes = content("squashfs bytes");

		Artifact stored = done(this.fixture.upload("42", "speedtest.squashfs", bytes));

		assertThat(stored).isEqualTo(new Artifact("speedtest.squashfs", bytes.length, Sha256.of(bytes)));
		assertThat(this.fixture.staging.bytes(this.build42, "speedtest.squashfs")).isEqualTo(bytes);
		assertThat(this.fixture.staging.artifacts(this.build42)).containsExactly(stored);
	}

	@Test
	void shouldAcceptAnUploadThatAnnouncesNeitherSizeNorChecksum() throws IOException {
		this.fixture.opening.open(PublishFixture.anOpenBuild("42"));
		byte[] bytes = content("initrd");

		Artifact stored = done(this.fixture.uploading
			.upload(new UploadArtifact(JOB, "42", "initrd.img", new ByteArrayInputStream(bytes), -1, null)));

		assertThat(stored.sha256()).isEqualTo(Sha256.of(bytes));
	}

	@Test
	void shouldReplaceAnArtifactUploadedAgain() {
		this.fixture.opening.open(PublishFixture.anOpenBuild("42"));
		this.fixture.upload("42", "vmlinuz", content("first"));

		this.fixture.upload("42", "vmlinuz", content("second"));

		assertThat(this.fixture.staging.bytes(this.build42, "vmlinuz")).isEqualTo(content("second"));
		assertThat(this.fixture.staging.artifacts(this.build42)).hasSize(1);
	}

	@Nested
	class Refusing {

		@Test
		void shouldRefuseAChecksumThatDoesNotMatchTheBytes() throws IOException {
			fixture.opening.open(PublishFixture.anOpenBuild("42"));
			byte[] bytes = content("real bytes");

			String detail = refused(fixture.uploading.upload(new UploadArtifact(JOB, "42", "vmlinuz",
					new ByteArrayInputStream(bytes), bytes.length, Sha256.of(content("other")))),
					Reason.CHECKSUM_MISMATCH);

			assertThat(detail).contains(Sha256.of(bytes)).contains(Sha256.of(content("other")));
			assertThat(fixture.staging.artifacts(build42)).isEmpty();
		}

		@Test
		void shouldRefuseABodyShorterThanItsAnnouncedSize() throws IOException {
			fixture.opening.open(PublishFixture.anOpenBuild("42"));
			byte[] bytes = content("short");

			refused(fixture.uploading
				.upload(new UploadArtifact(JOB, "42", "vmlinuz", new ByteArrayInputStream(bytes), 100, null)),
					Reason.SIZE_MISMATCH);

			assertThat(fixture.staging.artifacts(build42)).isEmpty();
		}

		@Test
		void shouldRefuseABodyCutOffBeforeItsEnd() throws IOException {
			fixture.opening.open(PublishFixture.anOpenBuild("42"));
			InputStream cutOff = new SequenceInputStream(new ByteArrayInputStream(content("part")), new InputStream() {
				@Override
				public int read() throws IOException {
					throw new IOException("read failed", new EOFException("connection closed"));
				}
			});

			String detail = refused(
					fixture.uploading.upload(new UploadArtifact(JOB, "42", "vmlinuz", cutOff, 100, null)),
					Reason.SIZE_MISMATCH);

			assertThat(detail).contains("ended after 4 bytes");
		}

		@Test
		void shouldPassOnOtherReadFailuresWithNothingStored() {
			fixture.opening.open(PublishFixture.anOpenBuild("42"));
			InputStream failing = new SequenceInputStream(new ByteArrayInputStream(content("part")), new InputStream() {
				@Override
				public int read() throws IOException {
					throw new IOException("connection reset");
				}
			});

			assertThatIOException()
				.isThrownBy(
						() -> fixture.uploading.upload(new UploadArtifact(JOB, "42", "vmlinuz", failing, 100, null)))
				.withMessage("connection reset");
			assertThat(fixture.staging.artifacts(build42)).isEmpty();
		}

		@Test
		void shouldRefuseAnAnnouncedSizeOverTheLimitBeforeReading() throws IOException {
			fixture.opening.open(PublishFixture.anOpenBuild("42"));
			InputStream unreadable = new InputStream() {
				@Override
				public int read() {
					throw new AssertionError("the body must not be read");
				}
			};

			refused(fixture.uploading
				.upload(new UploadArtifact(JOB, "42", "big.iso", unreadable, PublishFixture.MAX_SIZE + 1, null)),
					Reason.TOO_LARGE);
		}

		@Test
		void shouldRefuseABodyThatGrowsPastTheLimitWithoutAnnouncingItsSize() throws IOException {
			fixture.opening.open(PublishFixture.anOpenBuild("42"));
			byte[] bytes = content((int) PublishFixture.MAX_SIZE + 1);

			refused(fixture.uploading
				.upload(new UploadArtifact(JOB, "42", "big.iso", new ByteArrayInputStream(bytes), -1, null)),
					Reason.TOO_LARGE);

			assertThat(fixture.staging.artifacts(build42)).isEmpty();
		}

		@Test
		void shouldAcceptABodyOfExactlyTheLimit() {
			fixture.opening.open(PublishFixture.anOpenBuild("42"));

			done(fixture.upload("42", "big.iso", content((int) PublishFixture.MAX_SIZE)));
		}

		@Test
		void shouldRefuseInvalidArtifactNames() {
			fixture.opening.open(PublishFixture.anOpenBuild("42"));

			for (String name : new String[] { "..", ".hidden", "a/b", "a\\b", "nul\0", "spaced name", "ѕpeedtest" }) {
				refused(fixture.upload("42", name, content("x")), Reason.INVALID_NAME);
			}
		}

		@Test
		void shouldRefuseAMalformedChecksumHeader() throws IOException {
			fixture.opening.open(PublishFixture.anOpenBuild("42"));

			refused(fixture.uploading
				.upload(new UploadArtifact(JOB, "42", "vmlinuz", new ByteArrayInputStream(content("x")), 1, "abc")),
					Reason.INVALID_REQUEST);
		}

		@Test
		void shouldRefuseAnUploadToABuildNeverOpened() {
			refused(fixture.upload("7", "vmlinuz", content("x")), Reason.UNKNOWN_BUILD);
		}

		@Test
		void shouldRefuseAnUploadToAPublishedBuild() {
			byte[] bytes = content("kernel");
			fixture.openWith("42", "vmlinuz", bytes);
			done(fixture.complete("42", PublishFixture.entry("vmlinuz", bytes)));

			refused(fixture.upload("42", "vmlinuz", content("other")), Reason.ALREADY_PUBLISHED);
		}

		@Test
		void shouldRefuseMoreArtifactsThanTheLimit() {
			fixture.opening.open(PublishFixture.anOpenBuild("42"));
			for (int i = 0; i < PublishFixture.MAX_ARTIFACTS; i++) {
				done(fixture.upload("42", "file" + i, content("x")));
			}

			refused(fixture.upload("42", "one-more", content("x")), Reason.TOO_MANY_ARTIFACTS);
			done(fixture.upload("42", "file0", content("replaced")));
		}

	}

}
