package io.livecd.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code livecd up}: runs the whole system on this machine. */
@Command(name = "up", mixinStandardHelpOptions = true,
		header = "Run the whole system on this machine: Kafka, S3 and every service.",
		description = {
				"Starts a Kafka broker, an S3 server and every service (repo-service, build-service,"
						+ " foreman-bridge, and mirror-service for the locations ams and nyc) as processes, and writes"
						+ " stack.json with their URLs into the data folder. Stays in the foreground: Ctrl-C stops"
						+ " everything it started.",
				"", "Settings: LIVECD_HOME, LIVECD_*_PORT, LIVECD_START_TIMEOUT, FOREMAN_URL, FOREMAN_USER,"
						+ " FOREMAN_PASSWORD (see local-stack/README.md)." })
class UpCommand implements Callable<Integer> {

	@Option(names = { "-d", "--detach" },
			description = "Return once everything is up, leaving it running; stop it with 'livecd down'.")
	private boolean detach;

	@Override
	public Integer call() {
		return Stacks.fromEnvironment().up(this.detach);
	}

}
