package io.livecd.repo.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.livecd.common.checksum.Sha256;
import io.livecd.common.event.ForemanParametersUpdated;
import io.livecd.common.event.MirrorEvicted;
import io.livecd.common.event.MirrorSyncFailed;
import io.livecd.common.event.MirrorSynced;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RepoServiceTest
class LocationsApiIT extends ItSupport {

	private static final String JOB = "it_locations";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private JsonNode location(String name) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/locations"))
			.build();
		JsonNode locations = JSON.readTree(this.http.send(request, HttpResponse.BodyHandlers.ofString()).body());
		return locations.findParents("location")
			.stream()
			.filter((l) -> l.get("location").asString().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no location " + name + " in " + locations));
	}

	@Test
	void shouldShowWarmFilesFailuresAndForemanParametersPerLocation() {
		String sha256 = Sha256.of(Ci.content(JOB, 1, "a.img"));
		this.publisher.publish(
				new MirrorSynced(UUID.randomUUID().toString(), Instant.now(), "lux", JOB, 1, "a.img", sha256, 10, 0.1));
		this.publisher.publish(
				new MirrorSynced(UUID.randomUUID().toString(), Instant.now(), "lux", JOB, 1, "b.img", sha256, 10, 0.1));
		this.publisher
			.publish(new MirrorEvicted(UUID.randomUUID().toString(), Instant.now(), "lux", JOB, 1, "b.img", "quota"));
		this.publisher.publish(new MirrorSyncFailed(UUID.randomUUID().toString(), Instant.now(), "waw", JOB, 1, "a.img",
				"upstream answered 503"));
		this.publisher.publish(new ForemanParametersUpdated(UUID.randomUUID().toString(), Instant.now(), "location:lux",
				"lux", "livesystem_url", "", "http://mirror-lux.example/livecd"));

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			JsonNode lux = location("lux");
			assertThat(lux.get("warm").findValuesAsString("file")).containsExactly("a.img");
			assertThat(lux.get("warm").get(0).get("sha256").asString()).isEqualTo(sha256);
			assertThat(lux.get("lastFailure").isNull()).isTrue();
			assertThat(lux.get("foreman").get(0).get("value").asString()).isEqualTo("http://mirror-lux.example/livecd");
			assertThat(lux.get("foreman").get(0).get("time").asString()).isNotEmpty();
			JsonNode waw = location("waw");
			assertThat(waw.get("warm")).isEmpty();
			assertThat(waw.get("lastFailure").get("reason").asString()).isEqualTo("upstream answered 503");
		});
	}

}
