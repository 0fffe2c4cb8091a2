package io.livecd.repo.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.livecd.common.event.AliasPinned;
import io.livecd.common.event.AliasUnpinned;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RepoServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PinApiIT extends ItSupport {

	private static final String JOB = "it_pin";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@BeforeAll
	void publishThreeBuilds() throws Exception {
		for (long build = 1; build <= 3; build++) {
			ci().publish(JOB, build, "initrd-" + build + ".img", "vmlinuz-" + build);
		}
		await().atMost(Duration.ofSeconds(60)).until(() -> aliasBuild("pin-vmlinuz") == 3);
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	@Test
	void shouldPinAnAliasHoldItThroughNewBuildsAndUnpinIt() throws Exception {
		HttpResponse<String> pinned = call("PUT", "/api/v1/aliases/pin-initrd/pin", RepoServiceTest.OPS_TOKEN,
				"{\"build\":2}");
		assertThat(pinned.statusCode()).isEqualTo(200);
		assertThat(json(pinned).get("pinnedBuild").asLong()).isEqualTo(2);
		assertThat(json(pinned).get("target").get("file").asString()).isEqualTo("initrd-2.img");
		assertThat(json(pinned).get("reason").asString()).isEqualTo("pin");

		ci().publish(JOB, 4, "initrd-4.img", "vmlinuz-4");
		await().atMost(Duration.ofSeconds(60)).until(() -> aliasBuild("pin-vmlinuz") == 4);
		assertThat(aliasBuild("pin-initrd")).isEqualTo(2);

		JsonNode history = json(call("GET", "/api/v1/aliases/pin-initrd/history", null, null));
		JsonNode last = history.get(history.size() - 1);
		assertThat(last.get("reason").asString()).isEqualTo("pin");
		assertThat(last.get("actor").asString()).isEqualTo("alice");
		assertThat(last.get("previous").get("build").asLong()).isEqualTo(3);

		HttpResponse<String> unpinned = call("DELETE", "/api/v1/aliases/pin-initrd/pin", RepoServiceTest.OPS_TOKEN,
				null);
		assertThat(unpinned.statusCode()).isEqualTo(200);
		assertThat(json(unpinned).get("pinnedBuild").isNull()).isTrue();
		assertThat(repoLog(AliasPinned.class)).anyMatch((p) -> p.alias().equals("pin-initrd") && p.build() == 2);
		assertThat(repoLog(AliasUnpinned.class)).anyMatch((u) -> u.alias().equals("pin-initrd"));
	}

	@Test
	void shouldPinAndUnpinAWholeBuild() throws Exception {
		HttpResponse<String> pinned = call("PUT", "/api/v1/jobs/" + JOB + "/builds/3/pin", RepoServiceTest.OPS_TOKEN,
				null);
		assertThat(pinned.statusCode()).isEqualTo(200);
		assertThat(json(pinned).findValuesAsString("alias")).containsExactly("pin-initrd", "pin-vmlinuz");
		JsonNode build = json(call("GET", "/api/v1/jobs/" + JOB + "/builds/3", null, null));
		assertThat(build.get("pinnedBy").toString()).contains("pin-initrd", "pin-vmlinuz");

		HttpResponse<String> unpinned = call("DELETE", "/api/v1/jobs/" + JOB + "/builds/3/pin",
				RepoServiceTest.OPS_TOKEN, null);
		assertThat(unpinned.statusCode()).isEqualTo(200);
		assertThat(this.catalog.current().pins()).doesNotContainKeys("pin-initrd", "pin-vmlinuz");
	}

	@Test
	void shouldAnswerRefusalsAsProblems() throws Exception {
		HttpResponse<String> unknownBuild = call("PUT", "/api/v1/aliases/pin-initrd/pin", RepoServiceTest.OPS_TOKEN,
				"{\"build\":99}");
		assertThat(unknownBuild.statusCode()).isEqualTo(409);
		assertThat(json(unknownBuild).get("type").asString()).isEqualTo("urn:livecd:problem:unknown-build");
		assertThat(call("PUT", "/api/v1/aliases/nope/pin", RepoServiceTest.OPS_TOKEN, "{\"build\":1}").statusCode())
			.isEqualTo(404);
		assertThat(
				call("PUT", "/api/v1/aliases/pin-initrd/pin", RepoServiceTest.OPS_TOKEN, "{\"build\":0}").statusCode())
			.isEqualTo(400);
	}

	@Test
	void shouldListJobsBuildsAndAliases() throws Exception {
		JsonNode jobs = json(call("GET", "/api/v1/jobs", null, null));
		assertThat(jobs.findValuesAsString("job")).contains(JOB);
		JsonNode builds = json(call("GET", "/api/v1/jobs/" + JOB + "/builds", null, null));
		assertThat(builds.get(0).get("files").get(0).get("url").asString()).startsWith("/livecd/builds/" + JOB + "/");
		JsonNode alias = json(call("GET", "/api/v1/aliases/pin-vmlinuz", null, null));
		assertThat(alias.get("job").asString()).isEqualTo(JOB);
		assertThat(alias.get("pattern").asString()).isEqualTo("vmlinuz-*");
		assertThat(call("GET", "/api/v1/aliases/nope", null, null).statusCode()).isEqualTo(404);
	}

}
