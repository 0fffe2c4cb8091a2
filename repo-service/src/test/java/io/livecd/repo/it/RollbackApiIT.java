package io.livecd.repo.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.livecd.common.event.AliasUpdateReason;
import io.livecd.common.event.AliasUpdated;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RepoServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RollbackApiIT extends ItSupport {

	private static final String JOB = "it_rollback";

	private static final String ALIAS = "rollback.squashfs";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	void publishThreeBuilds() throws Exception {
		for (long build = 1; build <= 3; build++) {
			ci().publish(JOB, build, "speedtest-" + build + ".squashfs");
		}
		await().atMost(Duration.ofSeconds(60)).until(() -> aliasBuild(ALIAS) == 3);
	}

	private HttpResponse<String> post(String path, String token, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/aliases/" + path))
			.POST((body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody())
			.header("Content-Type", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	private List<AliasUpdated> moves(AliasUpdateReason reason) {
		return repoLog(AliasUpdated.class).stream()
			.filter((u) -> u.alias().equals(ALIAS) && u.reason() == reason)
			.toList();
	}

	@Test
	@Order(2)
	void shouldRollBackToThePreviousBuildAndLogIt() throws Exception {
		HttpResponse<String> response = post(ALIAS + "/rollback", RepoServiceTest.OPS_TOKEN, "{}");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = json(response);
		assertThat(body.get("alias").asString()).isEqualTo(ALIAS);
		assertThat(body.get("previous").get("build").asLong()).isEqualTo(3);
		assertThat(body.get("target").get("build").asLong()).isEqualTo(2);
		assertThat(body.get("target").get("url").asString())
			.isEqualTo("/livecd/builds/" + JOB + "/speedtest-2.squashfs");
		String eventId = body.get("eventId").asString();

		assertThat(moves(AliasUpdateReason.ROLLBACK)).singleElement().satisfies((u) -> {
			assertThat(u.id()).isEqualTo(eventId);
			assertThat(u.actor()).isEqualTo("alice");
			assertThat(u.target().build()).isEqualTo(2);
		});
		assertThat(TopicReader.readAll(bootstrap(), this.topics.aliases(), AliasUpdated.class))
			.anyMatch((u) -> u.id().equals(eventId));
		JsonNode history = json(this.http.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/aliases/" + ALIAS + "/history"))
			.build(), HttpResponse.BodyHandlers.ofString()));
		assertThat(history.get(history.size() - 1).get("reason").asString()).isEqualTo("rollback");
	}

	@Test
	@Order(3)
	void shouldAnswerARepeatedRollbackToTheSameBuildWithoutANewEvent() throws Exception {
		HttpResponse<String> response = post(ALIAS + "/rollback", RepoServiceTest.OPS_TOKEN, "{\"toBuild\":2}");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json(response).get("target").get("build").asLong()).isEqualTo(2);
		assertThat(json(response).get("eventId").isNull()).isTrue();
		assertThat(moves(AliasUpdateReason.ROLLBACK)).hasSize(1);
	}

	@Test
	@Order(4)
	void shouldRestoreWithReasonReplayOnce() throws Exception {
		String body = "{\"build\":3,\"reason\":\"replay\"}";
		assertThat(post(ALIAS + "/restore", RepoServiceTest.OPS_TOKEN, body).statusCode()).isEqualTo(200);
		assertThat(json(post(ALIAS + "/restore", RepoServiceTest.OPS_TOKEN, body)).get("eventId").isNull()).isTrue();
		assertThat(moves(AliasUpdateReason.REPLAY)).singleElement()
			.satisfies((u) -> assertThat(u.target().build()).isEqualTo(3));
		assertThat(aliasBuild(ALIAS)).isEqualTo(3);
	}

	@Test
	@Order(5)
	void shouldAnswerRefusalsAsProblems() throws Exception {
		assertThat(post("nope/rollback", RepoServiceTest.OPS_TOKEN, "{}").statusCode()).isEqualTo(404);
		assertThat(post(ALIAS + "/rollback", RepoServiceTest.OPS_TOKEN, "{\"toBuild\":99}").statusCode())
			.isEqualTo(404);
		assertThat(post(ALIAS + "/restore", RepoServiceTest.OPS_TOKEN, "{\"build\":0}").statusCode()).isEqualTo(400);
		assertThat(post(ALIAS + "/rollback", RepoServiceTest.OPS_TOKEN, "{\"toBuild\":1}").statusCode()).isEqualTo(200);
		HttpResponse<String> none = post(ALIAS + "/rollback", RepoServiceTest.OPS_TOKEN, null);
		assertThat(none.statusCode()).isEqualTo(409);
		assertThat(json(none).get("type").asString()).isEqualTo("urn:livecd:problem:no-earlier-build");
	}

	@Test
	@Order(6)
	void shouldRefuseAPinnedAliasUntilUnpinned() throws Exception {
		HttpRequest pin = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/aliases/" + ALIAS + "/pin"))
			.PUT(HttpRequest.BodyPublishers.ofString("{\"build\":3}"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + RepoServiceTest.OPS_TOKEN)
			.build();
		assertThat(this.http.send(pin, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
		HttpResponse<String> refused = post(ALIAS + "/rollback", RepoServiceTest.OPS_TOKEN, "{}");
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(json(refused).get("type").asString()).isEqualTo("urn:livecd:problem:pinned");
		assertThat(json(refused).get("detail").asString()).contains("unpin it first");
		assertThat(post(ALIAS + "/restore", RepoServiceTest.OPS_TOKEN, "{\"build\":2}").statusCode()).isEqualTo(409);
		assertThat(aliasBuild(ALIAS)).isEqualTo(3);
	}

}
