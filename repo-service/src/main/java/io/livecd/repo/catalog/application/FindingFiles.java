package io.livecd.repo.catalog.application;

import io.livecd.common.event.AliasTarget;
import io.livecd.repo.catalog.model.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Resolves what the central HTTP repository serves: an immutable build file, or an
 * alias's current target. Only files of retained, verified builds are found.
 */
public class FindingFiles {

	private final CatalogStore store;

	private final Artifacts artifacts;

	public FindingFiles(CatalogStore store, Artifacts artifacts) {
		this.store = store;
		this.artifacts = artifacts;
	}

	public Optional<ServedFile> buildFile(String job, String file) {
		Catalog catalog = this.store.current();
		return catalog.file(job, file).map((a) -> new ServedFile(job, file, a.size(), a.sha256(), true));
	}

	public Optional<ServedFile> alias(String alias) {
		return this.store.current()
			.target(alias)
			.map((AliasTarget t) -> new ServedFile(t.job(), t.file(), t.size(), t.sha256(), false));
	}

	public InputStream open(ServedFile file, long offset, long length) throws IOException {
		return this.artifacts.open(file.job(), file.file(), offset, length);
	}

	/**
	 * A file to serve: where its bytes are, their length and checksum, and whether the
	 * URL always names these bytes (a build file) or may move (an alias).
	 */
	public record ServedFile(String job, String file, long size, String sha256, boolean immutable) {

		public String path() {
			return "builds/" + this.job + "/" + this.file;
		}

	}

}
