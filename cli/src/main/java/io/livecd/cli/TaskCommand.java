package io.livecd.cli;

import java.util.concurrent.Callable;

import io.livecd.common.name.Names;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** {@code livecd task HOST TASK}: asks foreman-bridge to give a host a task. */
@Command(name = "task", mixinStandardHelpOptions = true, header = "Give a host a task at its next boot.",
		description = "Asks foreman-bridge (role ops) to set the host's task parameter, e.g. wipe, hwtest,"
				+ " lininstall; 'none' clears it.")
class TaskCommand implements Callable<Integer> {

	@Mixin
	Servers servers;

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "HOST", description = "the host's FQDN")
	String host;

	@Parameters(index = "1", paramLabel = "TASK", description = "the task")
	String task;

	@Override
	public Integer call() {
		Names.require("host", this.host);
		JsonNode answer = new Http().send("POST", this.servers.bridge() + "/api/v1/hosts/" + this.host + "/task",
				this.servers.opsToken(), Http.body("task", this.task));
		this.spec.commandLine()
			.getOut()
			.println("task " + this.task + " requested for " + this.host + " (event " + answer.path("id").asString("-")
					+ ")");
		return 0;
	}

}
