package io.livecd.cli.publish;

import io.livecd.common.name.Names;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code livecd publish}: what a CI job runs at its end. Prints the event id on standard
 * output; progress and messages go to standard error; a failure is one line there and a
 * non-zero exit.
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
		header = "Publish a CI build: upload its files and announce it with build.completed.",
		description = { "Opens the build, streams each FILE to build-service while hashing it (a failed upload is"
				+ " retried), then completes the build with the manifest of names, sizes and sha256 and prints the"
				+ " event id. Running it again for a published build checks the files and prints the same id.", "",
				"Server and token: --server/--token, else LIVECD_BUILD_SERVICE_URL/LIVECD_TOKEN, else the local"
						+ " stack's stack.json (LIVECD_HOME, default .livecd-local)." },
		exitCodeOnExecutionException = 1)
public class PublishCommand implements Callable<Integer> {

	@Option(names = "--job", required = true, description = "The CI job, e.g. build_iso_speedtest_el8.")
	private String job;

	@Option(names = "--build", required = true, description = "The job's build number.")
	private long build;

	@Option(names = "--image", required = true, description = "The image name, e.g. speedtest.")
	private String image;

	@Option(names = "--kernel", paramLabel = "VERSION", description = "The kernel version inside the image.")
	private String kernel;

	@Option(names = "--git-commit", paramLabel = "SHA", defaultValue = "${env:GIT_COMMIT}",
			description = "The commit built (default: $GIT_COMMIT).")
	private String gitCommit;

	@Option(names = "--ci-url", paramLabel = "URL", defaultValue = "${env:BUILD_URL}",
			description = "The CI run's page (default: $BUILD_URL).")
	private String ciUrl;

	@Option(names = "--server", paramLabel = "URL", description = "build-service's URL.")
	private String server;

	@Option(names = "--token", description = "A bearer token of role ci (prefer LIVECD_TOKEN: flags show in ps).")
	private String token;

	@Option(names = "--retries", defaultValue = "3", description = "Retries of each failed request (default: 3).")
	private int retries;

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "The build's artifacts.")
	private List<Path> files;

	@Spec
	private CommandSpec spec;

	private final Map<String, String> env;

	private final Path workingDir;

	private final boolean terminal;

	private final Publishing.Sleeper sleeper;

	public PublishCommand() {
		this(System.getenv(), Path.of("").toAbsolutePath(), System.console() != null, PublishCommand::sleep);
	}

	PublishCommand(Map<String, String> env, Path workingDir, boolean terminal, Publishing.Sleeper sleeper) {
		this.env = env;
		this.workingDir = workingDir;
		this.terminal = terminal;
		this.sleeper = sleeper;
	}

	/** Runs {@code publish} on its own, until the {@code livecd} command lists it. */
	public static void main(String[] args) {
		System.exit(new CommandLine(new PublishCommand()).execute(args));
	}

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		try {
			checkFiles();
			Path stackFile = StackFile.location(this.env, this.workingDir, System.getProperty(StackFile.REPO_PROPERTY));
			Target target = Target.resolve(this.server, this.token, this.env, stackFile);
			BuildRequest request = new BuildRequest(this.job, this.build, this.image, this.kernel, this.gitCommit,
					this.ciUrl);
			Publishing publishing = new Publishing(new BuildServiceClient(target),
					Progress.forConsole(err, this.terminal), err, Math.max(0, this.retries), this.sleeper);
			out.println(publishing.publish(request, this.files));
			out.flush();
			return 0;
		}
		catch (PublishException ex) {
			err.println("livecd publish: " + ex.getMessage());
			err.flush();
			return 1;
		}
	}

	private void checkFiles() {
		Optional<String> badJob = Names.problem("job", this.job);
		if (badJob.isPresent()) {
			throw new PublishException(badJob.get());
		}
		if (this.build < 1) {
			throw new PublishException("--build must be a positive build number");
		}
		Set<String> names = new HashSet<>();
		for (Path file : this.files) {
			if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
				throw new PublishException(file + " is not a readable file");
			}
			String name = file.getFileName().toString();
			Optional<String> badName = Names.problem("artifact", name);
			if (badName.isPresent()) {
				throw new PublishException(badName.get());
			}
			if (!names.add(name)) {
				throw new PublishException("two files are named " + name + "; artifact names must be unique");
			}
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PublishException("interrupted");
		}
	}

}
