package io.livecd.mirror.cache.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CacheIndexTest {

	private final CacheIndex index = new CacheIndex();

	private static CachedArtifact artifact(String file, long size) {
		return new CachedArtifact(new ArtifactKey("job", file), size, "0".repeat(64), 1);
	}

	@Test
	void shouldCountFilesAndBytes() {
		this.index.add(artifact("a", 10));
		this.index.add(artifact("b", 5));
		this.index.add(artifact("a", 20));
		assertThat(this.index.files()).isEqualTo(2);
		assertThat(this.index.bytes()).isEqualTo(25);
	}

	@Test
	void shouldRemoveOnlyTheVeryFileGiven() {
		this.index.add(artifact("a", 10));
		assertThat(this.index.remove(artifact("a", 11))).isFalse();
		assertThat(this.index.remove(artifact("a", 10))).isTrue();
		assertThat(this.index.bytes()).isZero();
	}

	@Test
	void shouldPickLeastRecentlyUsedFilesUntilUnderQuota() {
		this.index.add(artifact("old", 10));
		this.index.add(artifact("used", 10));
		this.index.add(artifact("new", 10));
		this.index.use(new ArtifactKey("job", "used"));
		assertThat(this.index.victims(15, (key) -> false)).extracting((a) -> a.key().file())
			.containsExactly("old", "new");
		assertThat(this.index.victims(30, (key) -> false)).isEmpty();
	}

	@Test
	void shouldSkipProtectedFiles() {
		this.index.add(artifact("target", 10));
		this.index.add(artifact("other", 10));
		assertThat(this.index.victims(10, (key) -> key.file().equals("target"))).extracting((a) -> a.key().file())
			.containsExactly("other");
		assertThat(this.index.victims(0, (key) -> true)).isEmpty();
	}

	@Test
	void shouldNotCountPeekingAsUse() {
		this.index.add(artifact("a", 10));
		this.index.add(artifact("b", 10));
		this.index.peek(new ArtifactKey("job", "a"));
		assertThat(this.index.victims(10, (key) -> false)).extracting((a) -> a.key().file()).containsExactly("a");
	}

}
