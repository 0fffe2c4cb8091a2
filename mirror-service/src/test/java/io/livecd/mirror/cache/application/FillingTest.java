package io.livecd.mirror.cache.application;

import static io.livecd.mirror.cache.application.CacheFixture.bytes;
import static io.livecd.mirror.cache.application.CacheFixture.key;
import static io.livecd.mirror.cache.application.CacheFixture.known;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import io.livecd.common.checksum.Sha256;
import io.livecd.mirror.cache.model.ArtifactKey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FillingTest {

	private static final Duration WAIT = Duration.ofSeconds(10);

	@TempDir
	Path root;

	private CacheFixture cache;

	private final ArtifactKey key = key("speedtest-42.squashfs");

	private final byte[] content = bytes(1_000_000, 42);

	@BeforeEach
	void setUp() {
		this.cache = new CacheFixture(this.root);
	}

	@AfterEach
	void tearDown() {
		this.cache.close();
	}

	@Test
	void shouldDownloadOnceForAllConcurrentJoiners() throws Exception {
		ScriptedUpstream.Script script = this.cache.upstream.serve(this.key, this.content).holdAt(1000);
		Set<Fill> fills = new HashSet<>();
		for (int i = 0; i < 16; i++) {
			fills.add(this.cache.started(this.key));
		}
		assertThat(script.awaitHeld()).isTrue();
		script.release();
		Fill fill = fills.iterator().next();
		assertThat(fill.outcome().get()).isInstanceOf(FillOutcome.Cached.class);
		assertThat(fills).hasSize(1);
		assertThat(this.cache.upstream.fetches(this.key)).isEqualTo(1);
		assertThat(Files.readAllBytes(this.cache.disk.file(this.key))).isEqualTo(this.content);
		assertThat(this.cache.index.peek(this.key))
			.hasValueSatisfying((cached) -> assertThat(cached.sha256()).isEqualTo(Sha256.of(this.content)));
		await().untilAsserted(() -> assertThat(this.cache.filling.running()).isZero());
		assertThat(this.cache.filling.join(this.key)).isEmpty();
	}

	@Test
	void shouldLetReadersFollowTheGrowingFileAndReadItToTheEnd() throws Exception {
		ScriptedUpstream.Script script = this.cache.upstream.serve(this.key, this.content).holdAt(300_000);
		Fill fill = this.cache.started(this.key);
		assertThat(fill.awaitHead(WAIT).length()).isEqualTo(this.content.length);
		assertThat(script.awaitHeld()).isTrue();
		await().until(() -> fill.awaitReadable(0, WAIT) >= 300_000 - 1);
		try (FileChannel reader = fill.openReader()) {
			script.release();
			assertThat(readAll(fill, reader)).isEqualTo(this.content);
		}
	}

	@Test
	void shouldHoldBackTheLastByteUntilTheFileIsVerified() throws Exception {
		ScriptedUpstream.Script script = this.cache.upstream.serve(this.key, this.content).holdAt(this.content.length);
		Fill fill = this.cache.started(this.key);
		assertThat(script.awaitHeld()).isTrue();
		await().until(() -> fill.awaitReadable(0, WAIT) == this.content.length - 1);
		assertThatExceptionOfType(FillFailedException.class)
			.isThrownBy(() -> fill.awaitReadable(this.content.length - 1, Duration.ofMillis(50)))
			.withMessageContaining("timed out");
		script.release();
		assertThat(fill.awaitReadable(this.content.length - 1, WAIT)).isEqualTo(this.content.length);
		assertThat(fill.awaitVerified(WAIT).sha256()).isEqualTo(Sha256.of(this.content));
	}

	@Nested
	class WhenVerificationFails {

		@Test
		void shouldFailReadersAndKeepNothing() throws Exception {
			FillingTest.this.cache.known.learn(known(FillingTest.this.key, 42, FillingTest.this.content));
			ScriptedUpstream.Script script = FillingTest.this.cache.upstream
				.serve(FillingTest.this.key, FillingTest.this.content)
				.corrupt(123)
				.holdAt(FillingTest.this.content.length);
			Fill fill = FillingTest.this.cache.started(FillingTest.this.key);
			assertThat(script.awaitHeld()).isTrue();
			script.release();
			assertThatExceptionOfType(FillFailedException.class)
				.isThrownBy(() -> fill.awaitReadable(FillingTest.this.content.length - 1, WAIT))
				.withMessageContaining("sha256 mismatch");
			assertThat(fill.outcome().get()).isInstanceOf(FillOutcome.Failed.class);
			assertThat(FillingTest.this.cache.index.files()).isZero();
			assertThat(Files.exists(FillingTest.this.cache.disk.file(FillingTest.this.key))).isFalse();
			await().untilAsserted(() -> assertThat(temporaryFiles()).isEmpty());
		}

		@Test
		void shouldCatchASizeTheUpstreamAnnouncesWrongly() throws Exception {
			FillingTest.this.cache.known
				.learn(known(FillingTest.this.key, 42, bytes(FillingTest.this.content.length + 1, 1)));
			FillingTest.this.cache.upstream.serve(FillingTest.this.key, FillingTest.this.content);
			Fill fill = FillingTest.this.cache.started(FillingTest.this.key);
			assertThatExceptionOfType(FillFailedException.class).isThrownBy(() -> fill.awaitHead(WAIT))
				.withMessageContaining("size mismatch");
		}

		@Test
		void shouldCompareWithTheChecksumTheUpstreamStates() throws Exception {
			FillingTest.this.cache.upstream.serve(FillingTest.this.key, FillingTest.this.content)
				.corrupt(0)
				.announceSha256();
			Fill fill = FillingTest.this.cache.started(FillingTest.this.key);
			assertThat(fill.outcome().get()).isInstanceOf(FillOutcome.Failed.class);
			assertThat(FillingTest.this.cache.index.files()).isZero();
		}

	}

	@Test
	void shouldTellReadersWhenTheUpstreamLacksTheFile() {
		Fill fill = this.cache.started(this.key);
		assertThatExceptionOfType(FillFailedException.class).isThrownBy(() -> fill.awaitHead(WAIT))
			.satisfies((ex) -> assertThat(ex.missing()).isTrue());
	}

	@Test
	void shouldFailReadersWhenCancelled() throws Exception {
		ScriptedUpstream.Script script = this.cache.upstream.serve(this.key, this.content).holdAt(1000);
		Fill fill = this.cache.started(this.key);
		assertThat(script.awaitHeld()).isTrue();
		this.cache.filling.cancel(this.key, "build pruned");
		assertThatExceptionOfType(FillFailedException.class).isThrownBy(() -> fill.awaitReadable(999, WAIT));
		assertThat(this.cache.index.files()).isZero();
	}

	@Test
	void shouldTellListenersAboutEachNewFile() throws Exception {
		Set<ArtifactKey> heard = java.util.concurrent.ConcurrentHashMap.newKeySet();
		this.cache.listeners.add((artifact) -> heard.add(artifact.key()));
		this.cache.upstream.serve(this.key, this.content);
		this.cache.started(this.key).outcome().get();
		await().untilAsserted(() -> assertThat(heard).containsExactly(this.key));
	}

	private Set<Path> temporaryFiles() throws IOException {
		try (Stream<Path> files = Files.list(this.root.resolve(".tmp"))) {
			return Set.copyOf(files.toList());
		}
	}

	private static byte[] readAll(Fill fill, FileChannel reader) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		long position = 0;
		for (long limit = fill.awaitReadable(position, WAIT); limit >= 0; limit = fill.awaitReadable(position, WAIT)) {
			ByteBuffer buffer = ByteBuffer.allocate((int) (limit - position));
			while (buffer.hasRemaining()) {
				reader.read(buffer, position + buffer.position());
			}
			out.write(buffer.array());
			position = limit;
		}
		return out.toByteArray();
	}

}
