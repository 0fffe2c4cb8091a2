package io.livecd.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.Uuid;

/**
 * A single-node Kafka broker in KRaft mode (broker and controller in one process), run
 * from the Maven artifacts. Its storage is formatted once with a cluster id kept in the
 * data folder, so a restart keeps the topics and their events.
 */
final class KafkaBroker {

	static final String NAME = "kafka";

	private static final Duration FORMAT_TIMEOUT = Duration.ofMinutes(2);

	private final StackLayout layout;

	private final StackPorts ports;

	KafkaBroker(StackLayout layout, StackPorts ports) {
		this.layout = layout;
		this.ports = ports;
	}

	String bootstrap() {
		return "127.0.0.1:" + this.ports.kafka();
	}

	String serverProperties() {
		String controller = "127.0.0.1:" + this.ports.kafkaController();
		return String.join("\n", "# Written by ./livecd up on every start; edits are overwritten.",
				"process.roles=broker,controller", "node.id=1", "controller.quorum.voters=1@" + controller,
				"listeners=PLAINTEXT://" + bootstrap() + ",CONTROLLER://" + controller,
				"advertised.listeners=PLAINTEXT://" + bootstrap(), "controller.listener.names=CONTROLLER",
				"inter.broker.listener.name=PLAINTEXT",
				"listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
				"log.dirs=" + this.layout.kafkaData(), "offsets.topic.replication.factor=1",
				"transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1",
				"share.coordinator.state.topic.replication.factor=1", "share.coordinator.state.topic.min.isr=1",
				"group.initial.rebalance.delay.ms=0", "");
	}

	/** Writes the configuration and, on the first start only, formats the storage. */
	void prepare(String classpath, Map<String, String> environment) {
		try {
			Files.writeString(serverPropertiesFile(), serverProperties());
			Files.writeString(logConfig(), Resources.text("kafka-log4j2.properties"));
			if (!Files.exists(this.layout.kafkaData().resolve("meta.properties"))) {
				Commands.run("Formatting the Kafka storage",
						java(classpath, "kafka.tools.StorageTool", "format", "-t", clusterId(), "-c",
								serverPropertiesFile().toString()),
						environment, this.layout.log("kafka-format"), FORMAT_TIMEOUT);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot prepare Kafka under " + this.layout.kafka(), ex);
		}
	}

	Launcher.Started start(String classpath, Launcher launcher, Map<String, String> environment) {
		List<String> command = java(classpath, "kafka.Kafka", serverPropertiesFile().toString());
		return launcher.start(NAME, command, environment, this.layout.log(NAME));
	}

	private List<String> java(String classpath, String mainClass, String... arguments) {
		List<String> command = new ArrayList<>(List.of(Launcher.JAVA.toString(), "-Xmx512m",
				"-Dlog4j2.configurationFile=" + logConfig(), "-cp", classpath, mainClass));
		command.addAll(List.of(arguments));
		return command;
	}

	/** The cluster id of this data folder, made on first use. */
	private String clusterId() throws IOException {
		Path file = this.layout.kafka().resolve("cluster.id");
		if (!Files.exists(file)) {
			Files.writeString(file, Uuid.randomUuid().toString() + "\n");
		}
		return Files.readString(file).trim();
	}

	private Path serverPropertiesFile() {
		return this.layout.kafka().resolve("server.properties");
	}

	private Path logConfig() {
		return this.layout.kafka().resolve("log4j2.properties");
	}

}
