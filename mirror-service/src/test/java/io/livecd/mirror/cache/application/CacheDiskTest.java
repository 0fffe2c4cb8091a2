package io.livecd.mirror.cache.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.livecd.common.checksum.Sha256;
import io.livecd.mirror.cache.model.ArtifactKey;
import io.livecd.mirror.cache.model.CachedArtifact;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheDiskTest {

	@TempDir
	Path root;

	private CacheDisk disk() {
		return new CacheDisk(this.root);
	}

	private CachedArtifact store(CacheDisk disk, String file, String content) throws IOException {
		Path temp = disk.newTemp();
		Files.writeString(temp, content);
		CachedArtifact artifact = new CachedArtifact(new ArtifactKey("job", file), content.length(),
				Sha256.of(content.getBytes(StandardCharsets.UTF_8)), 3);
		disk.commit(temp, artifact);
		return artifact;
	}

	@Test
	void shouldFindCommittedFilesAgain() throws IOException {
		CacheDisk disk = disk();
		CachedArtifact artifact = store(disk, "a.img", "hello");
		assertThat(Files.readString(disk.file(artifact.key()))).isEqualTo("hello");
		assertThat(disk().scan()).containsExactly(artifact);
		assertThat(disk.hash(artifact.key())).isEqualTo(artifact.sha256());
	}

	@Test
	void shouldDeletePartialDownloads() throws IOException {
		CacheDisk disk = disk();
		Path partial = disk.newTemp();
		Files.writeString(partial, "half");
		assertThat(disk().scan()).isEmpty();
		assertThat(partial).doesNotExist();
	}

	@Test
	void shouldDeleteFilesWhoseSizeDiffersFromTheirMetadata() throws IOException {
		CacheDisk disk = disk();
		CachedArtifact artifact = store(disk, "a.img", "hello");
		Files.writeString(disk.file(artifact.key()), "hell");
		assertThat(disk().scan()).isEmpty();
		assertThat(disk.file(artifact.key())).doesNotExist();
	}

	@Test
	void shouldDeleteFilesWithoutMetadataAndMetadataWithoutFiles() throws IOException {
		CacheDisk disk = disk();
		CachedArtifact kept = store(disk, "kept.img", "kept");
		Path stray = disk.file(new ArtifactKey("job", "stray.img"));
		Files.writeString(stray, "no metadata");
		CachedArtifact orphan = store(disk, "orphan.img", "orphan");
		Files.delete(disk.file(orphan.key()));
		assertThat(disk().scan()).containsExactly(kept);
		assertThat(stray).doesNotExist();
		assertThat(this.root.resolve(".meta/job/orphan.img")).doesNotExist();
	}

	@Test
	void shouldDeleteAFileAndItsMetadata() throws IOException {
		CacheDisk disk = disk();
		CachedArtifact artifact = store(disk, "a.img", "hello");
		disk.delete(artifact.key());
		assertThat(disk.file(artifact.key())).doesNotExist();
		assertThat(disk().scan()).isEmpty();
	}

}
