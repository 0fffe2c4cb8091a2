package io.livecd.build.publish.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which uploads stream as one guarded PUT: an announced length from one buffer up to the
 * largest single PUT. The rest stay with the buffer, then multipart, path.
 */
class StreamedArtifactWriteTest {

	private static final int BUFFER = 16 * 1024 * 1024;

	private static final long MAX = 5L << 30;

	@Test
	void shouldStreamAnnouncedLengthsFromOneBufferUpToTheLargestSinglePut() {
		assertThat(StreamedArtifactWrite.fits(BUFFER, BUFFER, MAX)).isTrue();
		assertThat(StreamedArtifactWrite.fits(256L << 20, BUFFER, MAX)).isTrue();
		assertThat(StreamedArtifactWrite.fits(5L << 30, BUFFER, MAX)).isTrue();
	}

	@Test
	void shouldLeaveAnUnannouncedLengthToTheBufferThenMultipartPath() {
		assertThat(StreamedArtifactWrite.fits(-1, BUFFER, MAX)).isFalse();
	}

	@Test
	void shouldLeaveWhatFitsOneBufferToThatBuffer() {
		assertThat(StreamedArtifactWrite.fits(0, BUFFER, MAX)).isFalse();
		assertThat(StreamedArtifactWrite.fits(BUFFER - 1, BUFFER, MAX)).isFalse();
	}

	@Test
	void shouldUploadInPartsWhatIsOverTheConfiguredLargestSinglePut() {
		assertThat(StreamedArtifactWrite.fits(BUFFER, BUFFER, 0)).isFalse();
		assertThat(StreamedArtifactWrite.fits(64L << 20, BUFFER, 64L << 20)).isTrue();
		assertThat(StreamedArtifactWrite.fits((64L << 20) + 1, BUFFER, 64L << 20)).isFalse();
		assertThat(StreamedArtifactWrite.fits((5L << 30) + 1, BUFFER, 16L << 30)).isFalse();
	}

	@Test
	void shouldUploadMoreThanOnePutTakesInParts() {
		assertThat(StreamedArtifactWrite.fits((5L << 30) + 1, BUFFER, MAX)).isFalse();
		assertThat(StreamedArtifactWrite.fits(16L << 30, BUFFER, MAX)).isFalse();
	}

}
