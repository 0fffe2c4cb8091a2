package io.livecd.mirror.cache.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheDiskSpaceTest {

	@TempDir
	Path cacheDir;

	@Test
	void shouldTellTheFreeSpaceOfTheFoldersDisk() throws IOException {
		long usable = new CacheDiskSpace(this.cacheDir).usable();

		assertThat(usable).isPositive().isLessThanOrEqualTo(Files.getFileStore(this.cacheDir).getTotalSpace());
	}

	@Test
	void shouldFailForAFolderThatDoesNotExist() {
		assertThatIOException().isThrownBy(() -> new CacheDiskSpace(this.cacheDir.resolve("missing")).usable())
			.withMessageEndingWith("missing is not a folder");
	}

}
