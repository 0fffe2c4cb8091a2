package io.livecd.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.livecd.cli.publish.PublishCommand;
import io.livecd.common.checksum.Sha256;
import picocli.CommandLine;

/**
 * Publishes a demo build with {@code livecd publish}, run in this process with the local
 * stack's build-service and ci token, as a CI job would run it.
 */
final class DemoPublisher {

	private final String buildService;

	private final String ciToken;

	DemoPublisher(String buildService, String ciToken) {
		this.buildService = buildService;
		this.ciToken = ciToken;
	}

	/**
	 * @return the event id of the completed build
	 */
	String publish(String job, long build, List<Path> files) {
		List<String> args = new ArrayList<>(List.of("--job", job, "--build", Long.toString(build), "--image",
				"speedtest", "--kernel", "5.14.0-demo", "--git-commit", commit(job, build), "--ci-url",
				"https://ci.example.net/job/" + job + "/" + build + "/", "--server", this.buildService, "--token",
				this.ciToken));
		files.forEach((file) -> args.add(file.toString()));
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine publish = new CommandLine(new PublishCommand()).setOut(new PrintWriter(out, true))
			.setErr(new PrintWriter(err, true));
		if (publish.execute(args.toArray(String[]::new)) != 0) {
			String[] lines = err.toString().strip().split("\n");
			throw new IllegalStateException(lines[lines.length - 1]);
		}
		return out.toString().strip();
	}

	/** A made-up commit id, the same for the same build. */
	private static String commit(String job, long build) {
		return Sha256.of(("demo " + job + " " + build).getBytes(StandardCharsets.UTF_8)).substring(0, 40);
	}

}
