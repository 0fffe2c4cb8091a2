package io.livecd.cli;

import java.io.UncheckedIOException;

import io.livecd.cli.publish.PublishCommand;
import org.apache.kafka.common.KafkaException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code livecd} command: its subcommands do the work. */
@Command(name = "livecd", mixinStandardHelpOptions = true, versionProvider = LivecdCommand.Version.class,
		description = "Verified LiveCD boot images from CI to every location's mirror and Foreman.",
		subcommands = { UpCommand.class, DownCommand.class, PublishCommand.class, StatusCommand.class,
				AliasCommands.History.class, AliasCommands.Rollback.class, AliasCommands.Pin.class,
				AliasCommands.Unpin.class, ReplayCommand.class, TaskCommand.class, DemoCommand.class,
				CommandLine.HelpCommand.class })
public class LivecdCommand implements Runnable {

	@Spec
	private CommandSpec spec;

	public static void main(String[] args) {
		CommandLine commandLine = commandLine();
		int code = commandLine.execute(args);
		commandLine.getOut().flush();
		System.exit(code);
	}

	static CommandLine commandLine() {
		return new CommandLine(new LivecdCommand()).setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
			if (ex instanceof IllegalArgumentException || ex instanceof IllegalStateException
					|| ex instanceof UncheckedIOException || ex instanceof KafkaException) {
				commandLine.getErr().println("livecd: " + ex.getMessage());
				return 1;
			}
			throw ex;
		});
	}

	@Override
	public void run() {
		throw new ParameterException(this.spec.commandLine(), "Missing command");
	}

	static class Version implements CommandLine.IVersionProvider {

		@Override
		public String[] getVersion() {
			String version = LivecdCommand.class.getPackage().getImplementationVersion();
			return new String[] { "livecd " + ((version != null) ? version : "(development build)") };
		}

	}

}
