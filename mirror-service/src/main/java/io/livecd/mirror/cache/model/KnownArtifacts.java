package io.livecd.mirror.cache.model;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** What the events said about each file: build, size and checksum. */
public final class KnownArtifacts {

	private final Map<ArtifactKey, KnownArtifact> known = new ConcurrentHashMap<>();

	public void learn(KnownArtifact artifact) {
		this.known.put(artifact.key(), artifact);
	}

	public Optional<KnownArtifact> get(ArtifactKey key) {
		return Optional.ofNullable(this.known.get(key));
	}

	public void forget(ArtifactKey key) {
		this.known.remove(key);
	}

	/** What a download of the key must turn out to be, from the events alone. */
	public Expected expected(ArtifactKey key) {
		return get(key).map(KnownArtifact::expected).orElse(Expected.NOTHING);
	}

}
