package io.livecd.repo.catalog.application;

import io.livecd.repo.catalog.model.BuildRef;
import io.livecd.repo.catalog.model.Manifest;
import java.util.List;

/** The per-build manifests kept beside the files, one per published build. */
public interface Manifests {

	void save(Manifest manifest);

	List<Manifest> all();

	void delete(BuildRef build);

}
