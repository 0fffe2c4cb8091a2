package io.livecd.cli;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

	private SampleBuilds() {
	}

	/** The ISO job's files of build {@code n}: {@code speedtest-N.squashfs}. */
	static List<Path> iso(Path dir, long n) {
		Path squashfs = dir.resolve("speedtest-" + n + ".squashfs");
		if (!mksquashfs(dir, n, squashfs)) {
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

	private static boolean mksquashfs(Path dir, long n, Path squashfs) {
		Path program = Stream
			.concat(Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)),
					Stream.of("/usr/sbin", "/sbin"))
			.filter((entry) -> !entry.isEmpty())
			.map((entry) -> Path.of(entry, "mksquashfs"))
			.filter(Files::isExecutable)
			.findFirst()
			.orElse(null);
		if (program == null) {
			return false;
		}
		try {
			Path root = Files.createDirectories(dir.resolve("root-" + n).resolve("etc"));
			Files.writeString(root.resolve("motd"), "LiveCD demo build " + n + "\n");
			sample(root.resolve("payload.bin"), "", SQUASHFS_BYTES, n);
			Files.deleteIfExists(squashfs);
			Process process = new ProcessBuilder(program.toString(), root.getParent().toString(), squashfs.toString(),
					"-noappend", "-quiet", "-no-progress")
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0 && Files.exists(squashfs);
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
