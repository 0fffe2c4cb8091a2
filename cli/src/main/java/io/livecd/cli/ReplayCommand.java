package io.livecd.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.livecd.common.event.AliasTarget;
import io.livecd.common.event.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** {@code livecd replay --until T [--apply]}: the alias state as it was at an instant. */
@Command(name = "replay", mixinStandardHelpOptions = true,
		header = "Show (or restore with --apply) the aliases as they were at an instant.",
		description = {
				"Reads the alias moves of livecd.repo (every partition, from the beginning up to --until),"
						+ " folds them into the alias state of that instant, and prints how it differs from today's."
						+ " With --apply, restores each differing alias on repo-service (role ops), reason replay."
						+ " Without --apply nothing changes; replaying twice changes nothing the second time.",
				"", "Settings: LIVECD_KAFKA_BOOTSTRAP, LIVECD_TOPIC_PREFIX; else the local stack's broker." })
class ReplayCommand implements Callable<Integer> {

	@Mixin
	Servers servers;

	@Spec
	CommandSpec spec;

	@Option(names = "--until", required = true, paramLabel = "INSTANT",
			description = "an ISO-8601 instant, e.g. 2026-11-20T10:00:00Z")
	Instant until;

	@Option(names = "--apply", description = "restore the aliases that differ")
	boolean apply;

	@Option(names = "--kafka", defaultValue = "${env:LIVECD_KAFKA_BOOTSTRAP}",
			description = "Kafka bootstrap servers (env LIVECD_KAFKA_BOOTSTRAP; default: the local stack's)")
	String kafka;

	@Option(names = "--topic-prefix", defaultValue = "${env:LIVECD_TOPIC_PREFIX}",
			description = "prefix of the topic names (env LIVECD_TOPIC_PREFIX)")
	String topicPrefix;

	@Override
	public Integer call() {
		String bootstrap = (this.kafka != null && !this.kafka.isBlank()) ? this.kafka
				: this.servers.stack()
					.map((stack) -> stack.kafka().bootstrap())
					.orElseThrow(() -> new IllegalStateException(
							"no Kafka: give --kafka (or LIVECD_KAFKA_BOOTSTRAP), or start the local stack"));
		String topic = ((this.topicPrefix != null) ? this.topicPrefix : "") + Topics.REPO;
		Map<String, AliasTarget> then = AliasFold.asOf(RepoLog.aliasMovesUntil(bootstrap, topic, this.until),
				this.until);
		Http http = new Http();
		Map<String, Long> now = new HashMap<>();
		for (JsonNode alias : http.get(this.servers.repo() + "/api/v1/aliases")) {
			JsonNode target = alias.path("target");
			now.put(alias.path("alias").asString(), target.isObject() ? target.path("build").asLong() : null);
		}
		List<AliasFold.Change> changes = AliasFold.changes(then, now);
		PrintWriter out = this.spec.commandLine().getOut();
		if (changes.isEmpty()) {
			out.println(
					"Nothing to replay: the aliases are as they were at " + this.until + " (" + then.size() + " then)");
			return 0;
		}
		for (AliasFold.Change change : changes) {
			out.println(change.alias() + ": build " + ((change.now() != null) ? change.now() : "-") + " now, build "
					+ change.then().build() + " (" + change.then().file() + ") at " + this.until);
		}
		if (!this.apply) {
			out.println(changes.size() + " alias(es) differ; --apply restores them");
			return 0;
		}
		for (AliasFold.Change change : changes) {
			http.send("POST", this.servers.repo() + "/api/v1/aliases/" + change.alias() + "/restore",
					this.servers.opsToken(), Http.body("build", change.then().build(), "reason", "replay"));
			out.println(change.alias() + ": restored to build " + change.then().build());
		}
		return 0;
	}

}
