package io.livecd.build.publish.application;

import io.livecd.build.publish.model.ManifestEntry;
import io.livecd.build.publish.model.Outcome;
import io.livecd.common.checksum.Sha256;
import io.livecd.common.event.Artifact;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/** The use cases over in-memory ports, with a clock the test moves. */
final class PublishFixture {

	static final String JOB = "build_iso_speedtest_el8";

	static final long MAX_SIZE = 1024;

	static final int MAX_ARTIFACTS = 4;

	final TestClock clock = new TestClock(Instant.parse("2025-06-01T10:00:00Z"));

	final InMemoryStaging staging = new InMemoryStaging(this.clock);

	final InMemoryPublications publications = new InMemoryPublications();

	final RecordingBuildEvents events = new RecordingBuildEvents();

	final BuildLocks locks = new BuildLocks();

	final OpeningBuild opening = new OpeningBuild(this.staging, this.publications, this.locks, this.clock);

	final UploadingArtifact uploading = new UploadingArtifact(this.staging, this.publications, this.locks, MAX_SIZE,
			MAX_ARTIFACTS);

	final CompletingBuild completing = new CompletingBuild(this.staging, this.publications, this.events, this.locks,
			this.clock, MAX_ARTIFACTS);

	final AbortingBuild aborting = new AbortingBuild(this.staging, this.publications, this.locks);

	final SweepingStaging sweeping = new SweepingStaging(this.staging, this.publications, this.locks, this.clock,
			Duration.ofHours(24));

	static OpenBuild anOpenBuild(String build) {
		return new OpenBuild(JOB, build, "speedtest", "4.18.0-553.el8_10.x86_64", "0123abcd", "https://ci.example/42");
	}

	static byte[] content(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static byte[] content(int size) {
		byte[] bytes = new byte[size];
		Arrays.fill(bytes, (byte) 'x');
		return bytes;
	}

	static UploadArtifact anUpload(String build, String name, byte[] bytes) {
		return new UploadArtifact(JOB, build, name, new ByteArrayInputStream(bytes), bytes.length, Sha256.of(bytes));
	}

	static ManifestEntry entry(String name, byte[] bytes) {
		return new ManifestEntry(name, (long) bytes.length, Sha256.of(bytes));
	}

	Outcome<Artifact> upload(String build, String name, byte[] bytes) {
		try {
			return this.uploading.upload(anUpload(build, name, bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Opens the build and uploads each {@code name, bytes} pair. */
	void openWith(String build, Object... namesAndBytes) {
		this.opening.open(anOpenBuild(build));
		for (int i = 0; i < namesAndBytes.length; i += 2) {
			upload(build, (String) namesAndBytes[i], (byte[]) namesAndBytes[i + 1]);
		}
	}

	Outcome<String> complete(String build, ManifestEntry... entries) {
		return this.completing.complete(new CompleteBuild(JOB, build, List.of(entries)));
	}

	/** A clock that stands still until the test moves it. */
	static final class TestClock extends Clock {

		private Instant now;

		TestClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
