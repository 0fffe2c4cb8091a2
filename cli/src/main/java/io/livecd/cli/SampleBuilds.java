package io.livecd.cli;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Small sample builds for the demo: a squashfs with the build number in {@code /etc/motd}
 * where {@code mksquashfs} exists (plain sample bytes otherwise), and an initrd and a
 * kernel of sample bytes; a few MiB in all.
 */
final class SampleBuilds {

	static final String ISO_JOB = "build_iso_speedtest_el8";

	static final String DRACUT_JOB = "build_dracut_speedtest_el8";

	private static final int SQUASHFS_BYTES = 2 * 1024 * 1024;

	private static final int BOOT_FILE_BYTES = 512 * 1024;

	private final Optional<Path> mksquashfs;

	/**
	 * @param mksquashfs the {@code mksquashfs} program, or empty for plain sample bytes
	 */
	SampleBuilds(Optional<Path> mksquashfs) {
		this.mksquashfs = mksquashfs;
	}

	/** With the {@code mksquashfs} of this machine's {@code PATH}, if there is one. */
	static SampleBuilds onThisMachine() {
		return new SampleBuilds(mksquashfs(System.getenv().getOrDefault("PATH", "")));
	}

	/**
	 * The first executable {@code mksquashfs} on {@code path}, then in {@code /usr/sbin}
	 * and {@code /sbin}.
	 */
	static Optional<Path> mksquashfs(String path) {
		return Stream.concat(Stream.of(path.split(File.pathSeparator)), Stream.of("/usr/sbin", "/sbin"))
			.filter((entry) -> !entry.isEmpty())
			.map((entry) -> Path.of(entry, "mksquashfs"))
			.filter(Files::isExecutable)
			.findFirst();
	}

	/** What the ISO job's squashfs is made of, for the demo's output. */
	String describe() {
		return this.mksquashfs.map((program) -> "real squashfs images made with " + program)
			.orElse("sample bytes for the squashfs (no mksquashfs on the PATH; Debian package squashfs-tools)");
	}

	/** The ISO job's files of build {@code n}: {@code speedtest-N.squashfs}. */
	List<Path> iso(Path dir, long n) {
		Path squashfs = dir.resolve("speedtest-" + n + ".squashfs");
		if (this.mksquashfs.isPresent()) {
			squash(this.mksquashfs.get(), dir, n, squashfs);
		}
		else {
			sample(squashfs, "LiveCD demo build " + n + " (sample bytes: no mksquashfs here)\n", SQUASHFS_BYTES, n);
		}
		return List.of(squashfs);
	}

	/**
	 * The dracut job's files of build {@code n}: {@code initrd-N.img}, {@code vmlinuz-N}.
	 */
	static List<Path> dracut(Path dir, long n) {
		Path initrd = dir.resolve("initrd-" + n + ".img");
		Path kernel = dir.resolve("vmlinuz-" + n);
		sample(initrd, "LiveCD demo initrd, build " + n + "\n", BOOT_FILE_BYTES, n);
		sample(kernel, "LiveCD demo kernel, build " + n + "\n", BOOT_FILE_BYTES, n + 1000);
		return List.of(initrd, kernel);
	}

	/**
	 * A file that starts with {@code header} and is filled with bytes seeded by
	 * {@code seed}.
	 */
	static void sample(Path file, String header, int size, long seed) {
		byte[] bytes = new byte[size];
		new Random(seed).nextBytes(bytes);
		byte[] text = header.getBytes(StandardCharsets.UTF_8);
		System.arraycopy(text, 0, bytes, 0, Math.min(text.length, size));
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
	}

	/**
	 * A root file system with {@code /etc/motd} naming the build, squashed.
	 * @throws IllegalStateException with mksquashfs's output when it fails
	 */
	private static void squash(Path program, Path dir, long n, Path squashfs) {
		try {
			Path root = dir.resolve("root-" + n);
			Files.createDirectories(root.resolve("etc"));
			Files.writeString(root.resolve("etc/motd"), "LiveCD demo build " + n + "\n");
			sample(root.resolve("payload.bin"), "", SQUASHFS_BYTES, n);
			Files.deleteIfExists(squashfs);
			Process process = new ProcessBuilder(program.toString(), root.toString(), squashfs.toString(), "-noappend",
					"-all-root", "-quiet", "-no-progress", "-processors", "1")
				.redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0 || !Files.exists(squashfs)) {
				throw new IllegalStateException(program + " could not make " + squashfs + ": " + output);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot make " + squashfs + " with " + program, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted making " + squashfs);
		}
	}

}
