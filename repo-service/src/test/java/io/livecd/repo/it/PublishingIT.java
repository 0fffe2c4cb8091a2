package io.livecd.repo.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.livecd.common.checksum.Sha256;
import io.livecd.common.event.AliasUpdateReason;
import io.livecd.common.event.AliasUpdated;
import io.livecd.common.event.Artifact;
import io.livecd.common.event.ArtifactsPublished;
import io.livecd.common.event.BuildCompleted;
import io.livecd.common.event.BuildPruned;
import io.livecd.common.event.BuildRejected;
import io.livecd.common.event.ForemanParametersUpdated;
import io.livecd.common.event.RepoEvent;
import io.livecd.common.event.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@RepoServiceTest
class PublishingIT extends ItSupport {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static String squashfs(long build) {
		return "speedtest-" + build + ".squashfs";
	}

	private List<RepoEvent> jobLog(String job) {
		return repoLog().stream()
			.filter(RepoEvent.class::isInstance)
			.map(RepoEvent.class::cast)
			.filter((e) -> e.subject().equals(job) || (e instanceof AliasUpdated u && u.target().job().equals(job)))
			.toList();
	}

	private void awaitPublished(String job, long build) {
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(repoLog(ArtifactsPublished.class))
				.anyMatch((p) -> p.job().equals(job) && p.build() == build));
	}

	@Test
	void shouldLeaveAliasOnBuild4AndKeepBuilds2To4AfterBuilds1To4() throws Exception {
		String job = "it_publish";
		for (long build = 1; build <= 4; build++) {
			ci().publish(job, build, squashfs(build));
		}

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(repoLog(BuildPruned.class)).filteredOn((p) -> p.job().equals(job))
				.singleElement()
				.satisfies((p) -> assertThat(p.build()).isEqualTo(1)));

		assertThat(aliasBuild("pub.squashfs")).isEqualTo(4);
		assertThat(exists("builds/" + job + "/" + squashfs(1))).isFalse();
		assertThat(exists("manifests/" + job + "/1.json")).isFalse();
		for (long build = 2; build <= 4; build++) {
			assertThat(exists("builds/" + job + "/" + squashfs(build))).isTrue();
			assertThat(exists("manifests/" + job + "/" + build + ".json")).isTrue();
		}
		assertThat(this.catalog.current().builds(job).keySet()).containsExactly(2L, 3L, 4L);
		List<AliasUpdated> moves = repoLog(AliasUpdated.class).stream()
			.filter((u) -> u.alias().equals("pub.squashfs"))
			.toList();
		assertThat(moves).extracting((u) -> u.target().build()).containsExactly(1L, 2L, 3L, 4L);
		assertThat(moves).allMatch((u) -> u.reason() == AliasUpdateReason.PUBLISH);
		assertThat(moves.get(3).previous().build()).isEqualTo(3);
		List<AliasUpdated> compacted = TopicReader.readAll(bootstrap(), this.topics.of(Topics.ALIASES),
				AliasUpdated.class);
		assertThat(compacted).filteredOn((u) -> u.alias().equals("pub.squashfs"))
			.last()
			.satisfies((u) -> assertThat(u.target().build()).isEqualTo(4));
	}

	@Test
	void shouldRejectCorruptedArtifactAndKeepTheAlias() throws Exception {
		String job = "it_reject";
		ci().publish(job, 1, squashfs(1));
		awaitPublished(job, 1);

		byte[] good = Ci.content(job, 2, squashfs(2));
		byte[] corrupted = good.clone();
		corrupted[corrupted.length / 2] ^= 0x01;
		ci().stage(job, 2, squashfs(2), corrupted);
		ci().announce(Ci.completed(job, 2, List.of(new Artifact(squashfs(2), good.length, Sha256.of(good)))));

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(repoLog(BuildRejected.class)).filteredOn((r) -> r.job().equals(job))
				.singleElement()
				.satisfies((r) -> {
					assertThat(r.build()).isEqualTo(2);
					assertThat(r.reason()).contains(squashfs(2)).contains("sha256 is " + Sha256.of(corrupted));
				}));
		assertThat(aliasBuild("reject.squashfs")).isEqualTo(1);
		assertThat(exists("builds/" + job + "/" + squashfs(2))).isFalse();
		assertThat(exists("manifests/" + job + "/2.json")).isFalse();
		assertThat(jobLog(job)).filteredOn(AliasUpdated.class::isInstance).hasSize(1);
	}

	@Test
	void shouldChangeNothingForDuplicateAndOutOfOrderBuilds() throws Exception {
		String job = "it_order";
		BuildCompleted second = ci().publish(job, 2, squashfs(2));
		BuildCompleted fourth = ci().publish(job, 4, squashfs(4));
		ci().publish(job, 1, squashfs(1));
		awaitPublished(job, 1);
		assertThat(aliasBuild("order.squashfs")).isEqualTo(4);
		int before = jobLog(job).size();

		ci().announce(second);
		ci().announce(new BuildCompleted(UUID.randomUUID().toString(), fourth.time(), job, 4, fourth.image(),
				fourth.kernel(), fourth.gitCommit(), fourth.ciUrl(), fourth.artifacts()));
		ci().announce(Ci.completed(job, 2,
				List.of(new Artifact(squashfs(2), 5, Sha256.of("other".getBytes(StandardCharsets.UTF_8))))));
		ci().publish(job, 3, squashfs(3));
		awaitPublished(job, 3);

		List<RepoEvent> log = jobLog(job);
		assertThat(log.subList(before, log.size())).as("only the late new build 3 changed something")
			.satisfiesExactlyInAnyOrder(
					(e) -> assertThat(e).isInstanceOfSatisfying(ArtifactsPublished.class,
							(p) -> assertThat(p.build()).isEqualTo(3)),
					(e) -> assertThat(e).isInstanceOfSatisfying(BuildPruned.class,
							(p) -> assertThat(p.build()).isEqualTo(1)));
		assertThat(aliasBuild("order.squashfs")).isEqualTo(4);
		assertThat(this.catalog.current().builds(job).keySet()).containsExactly(2L, 3L, 4L);
	}

	@Test
	void shouldKeepABuildForemanStillNamesUntilForemanMovesOn() throws Exception {
		String job = "it_foreman";
		this.publisher.publish(new ForemanParametersUpdated(UUID.randomUUID().toString(), Instant.now(), "location:ams",
				"ams", "live_squash", null, "builds/" + job + "/" + squashfs(1)));
		await().atMost(PATIENCE).until(() -> !this.catalog.current().foreman().isEmpty());
		for (long build = 1; build <= 4; build++) {
			ci().publish(job, build, squashfs(build));
		}
		awaitPublished(job, 4);
		assertThat(this.catalog.current().builds(job).keySet()).containsExactly(1L, 2L, 3L, 4L);

		this.publisher.publish(new ForemanParametersUpdated(UUID.randomUUID().toString(), Instant.now(), "location:ams",
				"ams", "live_squash", null, "builds/" + job + "/" + squashfs(4)));

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(repoLog(BuildPruned.class)).filteredOn((p) -> p.job().equals(job))
				.extracting(BuildPruned::build)
				.containsExactly(1L));
		assertThat(exists("builds/" + job + "/" + squashfs(1))).isFalse();
	}

}
