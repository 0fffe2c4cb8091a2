package io.livecd.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ProcessTableTest {

	@TempDir
	Path dir;

	private Process child;

	@AfterEach
	void killChild() {
		if (this.child != null) {
			this.child.destroyForcibly();
		}
	}

	private ProcessHandle startChild() throws IOException {
		this.child = new ProcessBuilder("sleep", "60").start();
		return this.child.toHandle();
	}

	@Test
	void shouldFindARecordedProcessThatRuns() throws IOException {
		ProcessTable table = new ProcessTable(this.dir);
		ProcessHandle handle = startChild();
		RecordedProcess recorded = table.record("kafka", handle);
		assertThat(table.running()).containsExactly(recorded);
		assertThat(recorded.live()).contains(handle);
		assertThat(new ProcessTable(this.dir).recorded()).containsExactly(recorded);
	}

	@Test
	void shouldNotTakeAReusedPidForOurs() throws IOException {
		ProcessHandle handle = startChild();
		RecordedProcess sameNumberOtherStart = new RecordedProcess("kafka", handle.pid(),
				handle.info().startInstant().orElseThrow().minus(Duration.ofHours(1)));
		assertThat(sameNumberOtherStart.live()).isEmpty();
	}

	@Test
	void shouldForgetProcessesThatAreGone() throws IOException {
		ProcessTable table = new ProcessTable(this.dir);
		table.record("repo-service", startChild());
		this.child.destroyForcibly();
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.child.isAlive());
		assertThat(table.running()).isEmpty();
		assertThat(table.recorded()).isEmpty();
	}

	@Test
	void shouldDropRecordsItCannotRead() throws IOException {
		Files.writeString(this.dir.resolve("s3.pid"), "not a record");
		Files.writeString(this.dir.resolve("notes.txt"), "ignored");
		assertThat(new ProcessTable(this.dir).recorded()).isEmpty();
		assertThat(this.dir.resolve("s3.pid")).doesNotExist();
		assertThat(this.dir.resolve("notes.txt")).exists();
	}

	@Test
	void shouldReadWhatItWrites() {
		RecordedProcess recorded = new RecordedProcess("mirror-ams", 4711, Instant.parse("2025-01-02T03:04:05.678Z"));
		assertThat(RecordedProcess.parse("mirror-ams", recorded.line() + "\n")).isEqualTo(recorded);
	}

	@Test
	void shouldListNothingWithoutAFolder() {
		assertThat(new ProcessTable(this.dir.resolve("missing")).recorded()).isEmpty();
	}

}
