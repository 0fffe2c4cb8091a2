package io.livecd.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.livecd.common.checksum.Sha256;
import io.livecd.stack.StackDescription;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds of the ISO job, published with {@code livecd publish} as CI runs it (the stack's
 * build-service and ci token), each of sample bytes whose sha256 it remembers.
 */
final class IsoBuilds {

	static final String JOB = SampleBuilds.ISO_JOB;

	private final SampleBuilds samples = new SampleBuilds(Optional.empty());

	private final Map<Long, String> sha256 = new HashMap<>();

	private final Path dir;

	private final StackDescription stack;

	IsoBuilds(Path dir, StackDescription stack) {
		this.dir = dir;
		this.stack = stack;
	}

	void publish(long build) {
		Path file = this.samples.iso(this.dir, build).get(0);
		try {
			this.sha256.put(build, Sha256.of(Files.readAllBytes(file)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Livecd.Run publish = Livecd.inProcess("publish", "--job", JOB, "--build", build, "--image", "speedtest",
				"--server", this.stack.services().get("build-service"), "--token", this.stack.tokens().get("ci"), file);
		assertThat(publish.exit()).as("%s", publish).isZero();
	}

	String sha256(long build) {
		return this.sha256.get(build);
	}

	/** The build's squashfs under the repository, as Foreman's parameter names it. */
	static String path(long build) {
		return "builds/" + JOB + "/speedtest-" + build + ".squashfs";
	}

}
