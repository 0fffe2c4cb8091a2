package io.livecd.mirror.serving;

import static io.livecd.mirror.cache.application.CacheFixture.bytes;
import static io.livecd.mirror.cache.application.CacheFixture.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.awaitility.Awaitility.await;

import io.livecd.mirror.cache.application.CacheFixture;
import io.livecd.mirror.cache.application.FindingFile;
import io.livecd.mirror.cache.infrastructure.WarmUpFront;
import io.livecd.mirror.cache.model.ArtifactKey;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class FileServerWarmUpTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@TempDir
	Path cacheDir;

	private CacheFixture cache;

	private WarmUpFront.Client client;

	@BeforeEach
	void open() {
		this.cache = new CacheFixture(this.cacheDir);
		this.client = new FileServerWarmUp(JsonMapper.builder().build(), TIMEOUT)
			.open(new FindingFile(this.cache.index, this.cache.disk, this.cache.filling));
	}

	@AfterEach
	void close() {
		this.client.close();
		this.cache.close();
	}

	@Test
	void shouldGetEachFileAsAMissThenAHitAskingLikeBothKindsOfClient() throws IOException {
		List<ArtifactKey> keys = List.of(key("warm-0.img"), key("warm-1.img"), key("warm-2.img"), key("warm-3.img"));
		for (int i = 0; i < keys.size(); i++) {
			this.cache.upstream.serve(keys.get(i), bytes(40_000 + i, i));
		}

		for (ArtifactKey key : keys) {
			this.client.get(key);
		}

		for (ArtifactKey key : keys) {
			assertThat(this.cache.upstream.fetches(key)).as("upstream fetches of %s", key).isEqualTo(1);
		}
		await().atMost(TIMEOUT)
			.untilAsserted(() -> assertThat(keys)
				.allSatisfy((key) -> assertThat(this.cache.index.peek(key)).as("cached: %s", key).isPresent()));
	}

	@Test
	void shouldFailWithWhatTheServerAnswered() {
		assertThatIOException().isThrownBy(() -> this.client.get(key("absent.img")))
			.withMessageContaining("the warm-up got 404");
	}

}
