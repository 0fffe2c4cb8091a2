package io.livecd.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

import io.livecd.common.name.Names;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** The commands that read or move one alias on repo-service. */
final class AliasCommands {

	private AliasCommands() {
	}

	/** What every alias command has: the servers, the alias, and where to print. */
	abstract static class AliasCommand implements Callable<Integer> {

		@Mixin
		Servers servers;

		@Spec
		CommandSpec spec;

		@Parameters(index = "0", paramLabel = "ALIAS", description = "e.g. speedtest.squashfs")
		String alias;

		final Http http = new Http();

		String aliasUrl() {
			Names.requireAlias(this.alias);
			return this.servers.repo() + "/api/v1/aliases/" + this.alias;
		}

		PrintWriter out() {
			return this.spec.commandLine().getOut();
		}

		void printMove(String verb, JsonNode alias) {
			out().println(this.alias + " " + verb + ": now " + Formats.target(alias.path("target"))
					+ (alias.path("pinnedBuild").isNumber() ? ", pinned to build " + alias.path("pinnedBuild").asLong()
							: ""));
		}

	}

	@Command(name = "rollback", mixinStandardHelpOptions = true,
			header = "Move an alias back to the build before its current one (or to --to-build).",
			description = "Asks repo-service (role ops) to move ALIAS back; mirrors and Foreman follow.")
	static class Rollback extends AliasCommand {

		@Option(names = "--to-build", paramLabel = "N", description = "the retained build to go back to")
		Long toBuild;

		@Override
		public Integer call() {
			Map<String, Object> body = (this.toBuild != null) ? Http.body("toBuild", this.toBuild) : Map.of();
			JsonNode answer = this.http.send("POST", aliasUrl() + "/rollback", this.servers.opsToken(), body);
			out().println(this.alias + " rolled back: " + Formats.target(answer.path("previous")) + " -> "
					+ Formats.target(answer.path("target")) + " (event " + answer.path("eventId").asString("-") + ")");
			return 0;
		}

	}

	@Command(name = "pin", mixinStandardHelpOptions = true, header = "Pin an alias to a build.",
			description = "The alias moves to build N and stays there until 'livecd unpin'.")
	static class Pin extends AliasCommand {

		@Option(names = "--build", paramLabel = "N", required = true, description = "the retained build to pin")
		long build;

		@Override
		public Integer call() {
			printMove("pinned", this.http.send("PUT", aliasUrl() + "/pin", this.servers.opsToken(),
					Http.body("build", this.build)));
			return 0;
		}

	}

	@Command(name = "unpin", mixinStandardHelpOptions = true, header = "Unpin an alias.",
			description = "Moves nothing; the next published build moves the alias again.")
	static class Unpin extends AliasCommand {

		@Override
		public Integer call() {
			printMove("unpinned", this.http.send("DELETE", aliasUrl() + "/pin", this.servers.opsToken(), null));
			return 0;
		}

	}

	@Command(name = "history", mixinStandardHelpOptions = true, header = "Every move of an alias.",
			description = "A table of the alias's moves: time, reason, actor, from, to.")
	static class History extends AliasCommand {

		@Override
		public Integer call() {
			out().print(Formats.history(this.http.get(aliasUrl() + "/history")));
			return 0;
		}

	}

}
