package io.livecd.repo.catalog.application;

import io.livecd.repo.catalog.model.BuildRef;
import io.livecd.repo.catalog.model.Manifest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

class InMemoryManifests implements Manifests {

	final Map<BuildRef, Manifest> stored = new LinkedHashMap<>();

	@Override
	public void save(Manifest manifest) {
		this.stored.put(manifest.ref(), manifest);
	}

	@Override
	public List<Manifest> all() {
		return new ArrayList<>(this.stored.values());
	}

	@Override
	public void delete(BuildRef build) {
		this.stored.remove(build);
	}

}
