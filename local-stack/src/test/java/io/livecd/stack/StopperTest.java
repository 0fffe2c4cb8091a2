package io.livecd.stack;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class StopperTest {

	@TempDir
	Path dir;

	private final List<Process> children = new ArrayList<>();

	@AfterEach
	void killChildren() {
		this.children.forEach(Process::destroyForcibly);
	}

	private RecordedProcess start(String name, String script) throws IOException {
		Process process = new ProcessBuilder("sh", "-c", script).start();
		this.children.add(process);
		return new ProcessTable(this.dir).record(name, process.toHandle());
	}

	/** A process that ignores SIGTERM, once it does. */
	private RecordedProcess startStubborn(String name) throws IOException {
		RecordedProcess process = start(name, "trap '' TERM; echo ignoring; exec sleep 60");
		try (BufferedReader output = this.children.get(this.children.size() - 1).inputReader()) {
			assertThat(output.readLine()).isEqualTo("ignoring");
		}
		return process;
	}

	@Test
	void shouldStopWithSigterm() throws IOException {
		RecordedProcess sleeper = start("repo-service", "exec sleep 60");
		List<Stopper.Stopped> stopped = Stopper.stopAll(List.of(sleeper), Duration.ofSeconds(20));
		assertThat(stopped).singleElement().satisfies((s) -> {
			assertThat(s.killed()).isFalse();
			assertThat(s.took()).isLessThan(Duration.ofSeconds(20));
		});
		assertThat(sleeper.live()).isEmpty();
	}

	@Test
	void shouldKillWhatIgnoresSigtermAfterTheGracePeriod() throws IOException {
		RecordedProcess stubborn = startStubborn("kafka");
		List<Stopper.Stopped> stopped = Stopper.stopAll(List.of(stubborn), Duration.ofMillis(500));
		assertThat(stopped).singleElement().satisfies((s) -> assertThat(s.killed()).isTrue());
		assertThat(stubborn.live()).isEmpty();
	}

	@Test
	void shouldStopSeveralAtOnce() throws IOException {
		List<RecordedProcess> processes = List.of(startStubborn("a"), startStubborn("b"), startStubborn("c"));
		long start = System.nanoTime();
		assertThat(Stopper.stopAll(processes, Duration.ofSeconds(1))).hasSize(3);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
	}

	@Test
	void shouldSkipWhatNoLongerRuns() throws IOException {
		RecordedProcess gone = start("s3", "exit 0");
		this.children.get(0).onExit().join();
		assertThat(Stopper.stopAll(List.of(gone), Duration.ofSeconds(1))).isEmpty();
	}

}
