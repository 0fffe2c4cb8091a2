package io.livecd.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.livecd.common.event.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaBrokerTest {

	private final StackPorts ports = new StackPorts(19092, 19093, 9000, 8080, 8081, 8083, 8091, 8092, 8093, 8094, 8084);

	@Test
	void shouldRunASingleNodeKraftBrokerOnTheConfiguredPorts() {
		String properties = new KafkaBroker(new StackLayout(Path.of("/data")), this.ports).serverProperties();
		assertThat(properties.lines()).contains("process.roles=broker,controller",
				"controller.quorum.voters=1@127.0.0.1:19093",
				"listeners=PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093",
				"advertised.listeners=PLAINTEXT://127.0.0.1:19092", "log.dirs=/data/kafka/data",
				"offsets.topic.replication.factor=1", "transaction.state.log.min.isr=1",
				"share.coordinator.state.topic.replication.factor=1", "group.initial.rebalance.delay.ms=0");
	}

	@Test
	void shouldNameItsBootstrapServer() {
		assertThat(new KafkaBroker(new StackLayout(Path.of("/data")), this.ports).bootstrap())
			.isEqualTo("127.0.0.1:19092");
	}

	@Test
	void shouldCreateEveryTopicAndItsDeadLetterTopic() {
		List<NewTopic> topics = KafkaTopics.definitions();
		assertThat(topics).extracting(NewTopic::name)
			.containsAll(Topics.ALL)
			.containsAll(Topics.ALL.stream().map(Topics::deadLetter).toList())
			.hasSize(2 * Topics.ALL.size());
		assertThat(topics).allSatisfy((topic) -> assertThat(topic.numPartitions()).isEqualTo(KafkaTopics.PARTITIONS));
	}

	@Test
	void shouldCompactTheAliasesTopicAndKeepEveryOtherEventForever() {
		Map<String, Map<String, String>> configs = KafkaTopics.definitions()
			.stream()
			.filter((topic) -> topic.configs() != null)
			.collect(Collectors.toMap(NewTopic::name, NewTopic::configs));
		assertThat(configs).containsEntry(Topics.ALIASES, Map.of("cleanup.policy", "compact"))
			.containsEntry(Topics.REPO, Map.of("retention.ms", "-1"))
			.hasSize(Topics.ALL.size());
	}

}
