package io.livecd.repo.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.livecd.common.checksum.Sha256;
import io.livecd.common.envelope.EncodedEvent;
import io.livecd.common.envelope.EventCodec;
import io.livecd.common.event.Artifact;
import io.livecd.common.event.BuildCompleted;
import io.livecd.common.event.BuildRejected;
import io.livecd.common.event.ForemanParametersUpdated;
import io.livecd.common.event.LivecdEvent;
import io.livecd.common.event.MirrorSynced;
import io.livecd.common.event.Topics;
import io.livecd.kafka.DeadLetterHeaders;
import io.livecd.testkit.PoisonRecords;
import io.livecd.testkit.TopicRecords;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Poison on every topic repo-service reads (builds, mirrors, foreman), each followed by a
 * good event, and good events delivered twice: the poison is dead-lettered with its
 * reason, the good events are handled, and their second delivery changes nothing.
 */
@RepoServiceTest
class PoisonEventsIT extends ItSupport {

	private static final String JOB = "it_poison";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private KafkaTemplate<String, byte[]> kafka;

	@LocalServerPort
	private int port;

	@Test
	void shouldDeadLetterPoisonOnEveryTopicItReadsAndHandleTheGoodEventsAfterItOnce() throws Exception {
		String sha256 = Sha256.of("bytes".getBytes(StandardCharsets.UTF_8));
		BuildCompleted unstaged = Ci.completed(JOB, 1, List.of(new Artifact("speedtest-1.squashfs", 5, sha256)));
		MirrorSynced synced = new MirrorSynced(UUID.randomUUID().toString(), Instant.now(), "poz", JOB, 1,
				"speedtest-1.squashfs", sha256, 5, 0.1);
		ForemanParametersUpdated foreman = new ForemanParametersUpdated(UUID.randomUUID().toString(), Instant.now(),
				"location:poz", "poz", "livesystem_url", "", "http://mirror-poz.example/livecd");
		for (LivecdEvent good : List.of(unstaged, synced, foreman)) {
			EncodedEvent template = new EventCodec("it").encode(good);
			for (ProducerRecord<String, byte[]> poison : PoisonRecords.of(this.topics.of(template.topic()), template,
					good.id())) {
				this.kafka.send(poison).get();
			}
			this.publisher.publish(good);
			this.publisher.publish(good);
		}

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(repoLog(BuildRejected.class)).filteredOn((rejected) -> rejected.job().equals(JOB))
				.singleElement()
				.satisfies((rejected) -> assertThat(rejected.reason()).contains("speedtest-1.squashfs"));
			JsonNode poz = location("poz");
			assertThat(poz.get("warm").findValuesAsString("file")).containsExactly("speedtest-1.squashfs");
			assertThat(poz.get("foreman").findValuesAsString("value"))
				.containsExactly("http://mirror-poz.example/livecd");
		});
		for (String topic : List.of(Topics.BUILDS, Topics.MIRRORS, Topics.FOREMAN)) {
			await().untilAsserted(
					() -> assertThat(TopicRecords.read(bootstrap(), Topics.deadLetter(this.topics.of(topic))))
						.extracting((record) -> TopicRecords.header(record, DeadLetterHeaders.REASON))
						.as(topic)
						.satisfiesExactly((reason) -> assertThat(reason).contains("payload is invalid"),
								(reason) -> assertThat(reason).isEqualTo("unsupported CloudEvents specversion 2.0"),
								(reason) -> assertThat(reason).contains("payload is invalid")));
		}
		assertThat(TopicRecords.read(bootstrap(), Topics.deadLetter(this.topics.builds())))
			.allSatisfy((record) -> assertThat(TopicRecords.header(record, DeadLetterHeaders.GROUP))
				.isEqualTo(this.topics.group("repo-service")));
	}

	private JsonNode location(String name) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/locations"))
			.build();
		JsonNode locations = JSON
			.readTree(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body());
		return locations.findParents("location")
			.stream()
			.filter((l) -> l.get("location").asString().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no location " + name + " in " + locations));
	}

}
