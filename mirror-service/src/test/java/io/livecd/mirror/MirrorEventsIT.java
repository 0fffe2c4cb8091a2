package io.livecd.mirror;

import static io.livecd.mirror.PullThroughIT.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.livecd.common.checksum.Sha256;
import io.livecd.common.event.AliasTarget;
import io.livecd.common.event.AliasUpdateReason;
import io.livecd.common.event.AliasUpdated;
import io.livecd.common.event.Artifact;
import io.livecd.common.event.ArtifactsPublished;
import io.livecd.common.event.BuildPruned;
import io.livecd.common.event.MirrorEvicted;
import io.livecd.common.event.MirrorSyncFailed;
import io.livecd.common.event.MirrorSynced;
import io.livecd.common.event.Topics;
import io.livecd.kafka.EventPublisher;
import io.livecd.testkit.Infrastructure;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two mirrors (ams, nyc) against a counting test upstream, plus a tiered one (fra, whose
 * upstream is ams), all following the real broker.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MirrorEventsIT {

	private TestUpstream upstream;

	private RunningMirror ams;

	private RunningMirror nyc;

	private RunningMirror fra;

	private EventPublisher publisher;

	private MirrorReportsConsumer reports;

	private Map<String, Object> kafka;

	@BeforeAll
	void start(@TempDir Path caches) throws IOException {
		Awaitility.setDefaultTimeout(Duration.ofSeconds(60));
		Infrastructure infrastructure = Infrastructure.shared();
		String prefix = infrastructure.newTopicPrefix();
		this.kafka = Map.of("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrap(),
				"livecd.events.topic-prefix", prefix);
		this.upstream = new TestUpstream();
		this.ams = RunningMirror.withEvents("ams", this.upstream.url(), caches.resolve("ams"), this.kafka);
		this.nyc = RunningMirror.withEvents("nyc", this.upstream.url(), caches.resolve("nyc"), this.kafka);
		this.fra = RunningMirror.withEvents("fra", this.ams.url(), caches.resolve("fra"), this.kafka);
		this.publisher = this.ams.bean(EventPublisher.class);
		this.reports = new MirrorReportsConsumer(infrastructure.kafkaBootstrap(), prefix + Topics.MIRRORS);
	}

	@AfterAll
	void stop() throws InterruptedException {
		this.reports.close();
		this.fra.close();
		this.nyc.close();
		this.ams.close();
		this.upstream.close();
	}

	@Test
	void shouldPrewarmEveryMirrorBeforeAnyClientAsks() throws Exception {
		byte[] kernel = bytes(1 << 20, 11);
		byte[] initrd = bytes(3 << 20, 12);
		this.upstream.serve("prewarm", "vmlinuz-5", kernel).withSha256Etag();
		this.upstream.serve("prewarm", "initrd-5.img", initrd).withSha256Etag();
		publish(published("prewarm", 5, Map.of("vmlinuz-5", kernel, "initrd-5.img", initrd)));
		await().untilAsserted(() -> assertThat(synced("prewarm")).extracting((e) -> e.location() + ":" + e.file())
			.containsExactlyInAnyOrder("ams:vmlinuz-5", "ams:initrd-5.img", "nyc:vmlinuz-5", "nyc:initrd-5.img",
					"fra:vmlinuz-5", "fra:initrd-5.img"));
		assertThat(synced("prewarm")).allSatisfy((event) -> {
			assertThat(event.build()).isEqualTo(5);
			byte[] content = event.file().equals("vmlinuz-5") ? kernel : initrd;
			assertThat(event.sha256()).isEqualTo(Sha256.of(content));
			assertThat(event.bytes()).isEqualTo(content.length);
		});
		for (RunningMirror mirror : List.of(this.ams, this.nyc, this.fra)) {
			assertThat(mirror.cached("prewarm", "vmlinuz-5")).hasBinaryContent(kernel);
			assertThat(mirror.cached("prewarm", "initrd-5.img")).hasBinaryContent(initrd);
		}
		assertThat(this.upstream.requests("prewarm", "vmlinuz-5")).isEqualTo(2);
		assertThat(this.upstream.requests("prewarm", "initrd-5.img")).isEqualTo(2);
		for (RunningMirror mirror : List.of(this.ams, this.nyc, this.fra)) {
			assertThat(mirror.get("/livecd/builds/prewarm/initrd-5.img").body()).isEqualTo(initrd);
		}
		assertThat(this.upstream.requests("prewarm", "initrd-5.img")).isEqualTo(2);
	}

	@Test
	void shouldCatchACorruptUpstreamByteAndNeverServeIt() throws Exception {
		byte[] content = bytes(2 << 20, 13);
		this.upstream.serve("corrupt", "speedtest-3.squashfs", content).corrupt(777_777);
		publish(published("corrupt", 3, Map.of("speedtest-3.squashfs", content)));
		await().untilAsserted(() -> assertThat(this.reports.events(MirrorSyncFailed.class))
			.filteredOn((event) -> event.job().equals("corrupt"))
			.extracting(MirrorSyncFailed::location)
			.contains("ams", "nyc", "fra"));
		assertThat(this.reports.events(MirrorSyncFailed.class))
			.filteredOn((event) -> event.job().equals("corrupt") && !event.location().equals("fra"))
			.allSatisfy((event) -> assertThat(event.reason()).contains("sha256 mismatch"));
		assertThat(synced("corrupt")).isEmpty();
		for (RunningMirror mirror : List.of(this.ams, this.nyc, this.fra)) {
			assertThat(mirror.cached("corrupt", "speedtest-3.squashfs")).doesNotExist();
			assertThat(completeBody(mirror, "/livecd/builds/corrupt/speedtest-3.squashfs")).isFalse();
		}
	}

	@Test
	void shouldMoveAnAliasOnlyOnceItsNewTargetIsWarmHere() throws Exception {
		byte[] first = bytes(1 << 20, 14);
		byte[] second = bytes(4 << 20, 15);
		this.upstream.serve("alias", "speedtest-1.squashfs", first);
		TestUpstream.File slow = this.upstream.serve("alias", "speedtest-2.squashfs", second).stallAt(1 << 20);
		Instant moved = Instant.now();
		publish(published("alias", 1, Map.of("speedtest-1.squashfs", first)));
		AliasTarget one = target("alias", 1, "speedtest-1.squashfs", first);
		publishAlias("alias.squashfs", null, one, moved);
		for (RunningMirror mirror : List.of(this.ams, this.nyc)) {
			await().untilAsserted(() -> assertThat(mirror.get("/livecd/alias.squashfs").body()).isEqualTo(first));
		}
		publish(published("alias", 2, Map.of("speedtest-2.squashfs", second)));
		publishAlias("alias.squashfs", one, target("alias", 2, "speedtest-2.squashfs", second), moved.plusSeconds(1));
		await().until(slow::hasStalled);
		await().untilAsserted(() -> assertThat(this.ams.getString("/api/v1/status"))
			.contains("\"alias\":\"alias.squashfs\"", "\"build\":2", "\"warm\":false"));
		HttpResponse<byte[]> during = this.ams.get("/livecd/alias.squashfs");
		assertThat(during.body()).isEqualTo(first);
		assertThat(during.headers().firstValue("ETag")).hasValue("\"" + Sha256.of(first) + "\"");
		slow.release();
		for (RunningMirror mirror : List.of(this.ams, this.nyc)) {
			await().untilAsserted(() -> assertThat(mirror.get("/livecd/alias.squashfs").body()).isEqualTo(second));
		}
		assertThat(this.ams.getString("/api/v1/status")).contains("\"warm\":true");
	}

	@Test
	void shouldRemoveAPrunedBuild() throws Exception {
		byte[] content = bytes(100_000, 16);
		this.upstream.serve("prune", "initrd-9.img", content);
		publish(published("prune", 9, Map.of("initrd-9.img", content)));
		await().untilAsserted(() -> assertThat(synced("prune")).hasSize(3));
		publish(new BuildPruned(UUID.randomUUID().toString(), Instant.now(), "prune", 9, List.of("initrd-9.img")));
		await().untilAsserted(() -> assertThat(this.reports.events(MirrorEvicted.class))
			.filteredOn((event) -> event.job().equals("prune"))
			.extracting((event) -> event.location() + ":" + event.reason())
			.containsExactlyInAnyOrder("ams:build pruned", "nyc:build pruned", "fra:build pruned"));
		for (RunningMirror mirror : List.of(this.ams, this.nyc, this.fra)) {
			assertThat(mirror.cached("prune", "initrd-9.img")).doesNotExist();
		}
	}

	@Test
	void shouldRebuildItsAliasesFromTheTopicsAfterARestart(@TempDir Path cache) throws Exception {
		byte[] content = bytes(500_000, 17);
		this.upstream.serve("restart", "speedtest-4.squashfs", content);
		try (RunningMirror lon = RunningMirror.withEvents("lon", this.upstream.url(), cache, this.kafka)) {
			publish(published("restart", 4, Map.of("speedtest-4.squashfs", content)));
			AliasTarget four = target("restart", 4, "speedtest-4.squashfs", content);
			publishAlias("restart.squashfs", null, four, Instant.now());
			await().untilAsserted(() -> assertThat(lon.get("/livecd/restart.squashfs").body()).isEqualTo(content));
		}
		int fetched = this.upstream.requests("restart", "speedtest-4.squashfs");
		try (RunningMirror lon = RunningMirror.withEvents("lon", this.upstream.url(), cache, this.kafka)) {
			await().untilAsserted(() -> assertThat(lon.get("/actuator/health/readiness").statusCode()).isEqualTo(200));
			assertThat(lon.getString("/api/v1/status")).contains("\"alias\":\"restart.squashfs\"", "\"warm\":true");
			assertThat(lon.get("/livecd/restart.squashfs").body()).isEqualTo(content);
		}
		assertThat(this.upstream.requests("restart", "speedtest-4.squashfs")).isEqualTo(fetched);
	}

	private List<MirrorSynced> synced(String job) {
		return this.reports.events(MirrorSynced.class).stream().filter((event) -> event.job().equals(job)).toList();
	}

	private void publish(io.livecd.common.event.LivecdEvent event) {
		this.publisher.publish(event);
	}

	/** Moves an alias as the repository does, on its topic and on the compacted one. */
	private void publishAlias(String alias, AliasTarget previous, AliasTarget target, Instant time) {
		AliasUpdated updated = new AliasUpdated(UUID.randomUUID().toString(), time, alias, previous, target,
				AliasUpdateReason.PUBLISH, "test");
		this.publisher.publish(updated);
		this.publisher.publish(updated, Topics.ALIASES);
	}

	private static ArtifactsPublished published(String job, long build, Map<String, byte[]> files) {
		List<Artifact> artifacts = files.entrySet()
			.stream()
			.map((file) -> new Artifact(file.getKey(), file.getValue().length, Sha256.of(file.getValue())))
			.toList();
		return new ArtifactsPublished(UUID.randomUUID().toString(), Instant.now(), job, build, artifacts);
	}

	private static AliasTarget target(String job, long build, String file, byte[] content) {
		return new AliasTarget(job, build, file, content.length, Sha256.of(content));
	}

	private static boolean completeBody(RunningMirror mirror, String path) throws InterruptedException {
		try {
			HttpResponse<byte[]> response = mirror.get(path);
			return response.statusCode() == 200
					&& response.body().length == response.headers().firstValueAsLong("Content-Length").orElse(-1);
		}
		catch (IOException ex) {
			return false;
		}
	}

}
