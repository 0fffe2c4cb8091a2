package io.livecd.repo.location.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One location's mirror: the files it holds warm, by {@code job/file}, and the last file
 * it failed to sync (null when none).
 */
public record MirrorState(Map<String, WarmFile> warm, SyncFailure lastFailure) {

	public MirrorState {
		warm = Map.copyOf(warm);
	}

	static MirrorState empty() {
		return new MirrorState(Map.of(), null);
	}

	public Optional<SyncFailure> failure() {
		return Optional.ofNullable(this.lastFailure);
	}

	MirrorState warm(WarmFile file) {
		Map<String, WarmFile> warm = new HashMap<>(this.warm);
		warm.put(file.key(), file);
		return new MirrorState(warm, this.lastFailure);
	}

	MirrorState evicted(String job, String file, long build) {
		Map<String, WarmFile> warm = new HashMap<>(this.warm);
		warm.computeIfPresent(WarmFile.key(job, file), (key, held) -> (held.build() == build) ? null : held);
		return new MirrorState(warm, this.lastFailure);
	}

	MirrorState failed(SyncFailure failure) {
		return new MirrorState(this.warm, failure);
	}

}
