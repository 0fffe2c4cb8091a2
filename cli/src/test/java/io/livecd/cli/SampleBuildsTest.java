package io.livecd.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SampleBuildsTest {

	@TempDir
	Path dir;

	@Nested
	class WithMksquashfs {

		@Test
		void shouldMakeARealSquashfsWithTheBuildNumberInMotd() throws Exception {
			Optional<Path> mksquashfs = SampleBuilds.mksquashfs(System.getenv().getOrDefault("PATH", ""));
			Path unsquashfs = mksquashfs.map((program) -> program.resolveSibling("unsquashfs")).orElse(null);
			assumeTrue(mksquashfs.isPresent() && Files.isExecutable(unsquashfs),
					"Skipping the squashfs sample test: mksquashfs or unsquashfs is missing"
							+ " (Debian package squashfs-tools; .ci/run installs it)");

			List<Path> files = new SampleBuilds(mksquashfs).iso(SampleBuildsTest.this.dir, 7);

			assertThat(files).extracting((file) -> file.getFileName().toString())
				.containsExactly("speedtest-7.squashfs");
			assertThat(Arrays.copyOf(Files.readAllBytes(files.get(0)), 4)).asString(StandardCharsets.US_ASCII)
				.isEqualTo("hsqs");
			assertThat(motd(unsquashfs, files.get(0))).isEqualTo("LiveCD demo build 7\n");
			assertThat(new SampleBuilds(mksquashfs).describe()).contains("real squashfs", mksquashfs.get().toString());
		}

		@Test
		void shouldFailWithTheProgramsNameWhenMksquashfsFails() {
			SampleBuilds failing = new SampleBuilds(Optional.of(Path.of("/bin/false")));

			assertThatIllegalStateException().isThrownBy(() -> failing.iso(SampleBuildsTest.this.dir, 7))
				.withMessageContaining("/bin/false could not make")
				.withMessageContaining("speedtest-7.squashfs");
		}

		private String motd(Path unsquashfs, Path squashfs) throws IOException, InterruptedException {
			Process process = new ProcessBuilder(unsquashfs.toString(), "-cat", squashfs.toString(), "etc/motd")
				.start();
			String motd = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
			assertThat(process.exitValue()).isZero();
			return motd;
		}

	}

	@Nested
	class WithoutMksquashfs {

		private final SampleBuilds samples = new SampleBuilds(Optional.empty());

		@Test
		void shouldWriteSampleBytesThatNameTheBuildAndDifferPerBuild() throws IOException {
			Path seven = this.samples.iso(SampleBuildsTest.this.dir, 7).get(0);
			byte[] bytes = Files.readAllBytes(seven);
			Path eight = this.samples.iso(SampleBuildsTest.this.dir, 8).get(0);

			assertThat(seven.getFileName()).hasToString("speedtest-7.squashfs");
			assertThat(bytes).hasSize(2 * 1024 * 1024);
			assertThat(new String(bytes, 0, 40, StandardCharsets.UTF_8))
				.startsWith("LiveCD demo build 7 (sample bytes");
			assertThat(Files.readAllBytes(eight)).isNotEqualTo(bytes);
			assertThat(Files.readAllBytes(this.samples.iso(SampleBuildsTest.this.dir, 7).get(0))).isEqualTo(bytes);
			assertThat(this.samples.describe()).contains("sample bytes", "squashfs-tools");
		}

		@Test
		void shouldFindNoMksquashfsOnAnEmptyPathWithoutTheSystemFolders() {
			assumeTrue(
					!Files.isExecutable(Path.of("/usr/sbin/mksquashfs"))
							&& !Files.isExecutable(Path.of("/sbin/mksquashfs")),
					"mksquashfs is in /usr/sbin or /sbin here, which are always searched");

			assertThat(SampleBuilds.mksquashfs("")).isEmpty();
		}

	}

	@Test
	void shouldFindMksquashfsInTheFirstPathEntryThatHasIt() throws IOException {
		Path first = Files.createDirectories(this.dir.resolve("empty"));
		Path second = Files.createDirectories(this.dir.resolve("bin"));
		Path program = Files.writeString(second.resolve("mksquashfs"), "#!/bin/sh\n");
		assertThat(program.toFile().setExecutable(true)).isTrue();

		assertThat(SampleBuilds.mksquashfs(first + java.io.File.pathSeparator + second)).contains(program);
	}

	@Test
	void shouldWriteTheDracutJobsInitrdAndKernel() throws IOException {
		List<Path> files = SampleBuilds.dracut(this.dir, 3);

		assertThat(files).extracting((file) -> file.getFileName().toString())
			.containsExactly("initrd-3.img", "vmlinuz-3");
		assertThat(Files.readString(files.get(0), StandardCharsets.ISO_8859_1))
			.startsWith("LiveCD demo initrd, build 3");
		assertThat(Files.readAllBytes(files.get(1))).isNotEqualTo(Files.readAllBytes(files.get(0)));
	}

}
