package io.livecd.build.publish.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which uploads stream as one guarded PUT: an announced length from one buffer up to the
 * largest single PUT. The rest stay with the buffer, then multipart, path.
 */
class StreamedArtifactWriteTest {

	private static final int BUFFER = 16 * 1024 * 1024;

	@Test
	void shouldStreamAnnouncedLengthsFromOneBufferUpToTheLargestSinglePut() {
		assertThat(StreamedArtifactWrite.fits(BUFFER, BUFFER)).isTrue();
		assertThat(StreamedArtifactWrite.fits(256L << 20, BUFFER)).isTrue();
		assertThat(StreamedArtifactWrite.fits(5L << 30, BUFFER)).isTrue();
	}

	@Test
	void shouldLeaveAnUnannouncedLengthToTheBufferThenMultipartPath() {
		assertThat(StreamedArtifactWrite.fits(-1, BUFFER)).isFalse();
	}

	@Test
	void shouldLeaveWhatFitsOneBufferToThatBuffer() {
		assertThat(StreamedArtifactWrite.fits(0, BUFFER)).isFalse();
		assertThat(StreamedArtifactWrite.fits(BUFFER - 1, BUFFER)).isFalse();
	}

	@Test
	void shouldUploadMoreThanOnePutTakesInParts() {
		assertThat(StreamedArtifactWrite.fits((5L << 30) + 1, BUFFER)).isFalse();
		assertThat(StreamedArtifactWrite.fits(16L << 30, BUFFER)).isFalse();
	}

}
