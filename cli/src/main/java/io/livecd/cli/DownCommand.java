package io.livecd.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** {@code livecd down}: stops what {@code livecd up} started. */
@Command(name = "down", mixinStandardHelpOptions = true, header = "Stop what 'livecd up' started.",
		description = "Stops every process that 'livecd up' started for the data folder, by process id:"
				+ " SIGTERM, then SIGKILL after a grace period. The data stays for the next 'up'.")
class DownCommand implements Callable<Integer> {

	@Override
	public Integer call() {
		return Stacks.fromEnvironment().down();
	}

}
