package io.livecd.build.publish.application;

import io.livecd.build.publish.model.BuildId;
import io.livecd.build.publish.model.StagedBuild;
import io.livecd.common.event.Artifact;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Staging in memory: each build's metadata, artifacts and last change. */
class InMemoryStaging implements Staging {

	private final Clock clock;

	private final Map<BuildId, StagedBuild> builds = new ConcurrentHashMap<>();

	private final Map<BuildId, Map<String, byte[]>> bytes = new ConcurrentHashMap<>();

	private final Map<BuildId, Map<String, Artifact>> artifacts = new ConcurrentHashMap<>();

	private final Map<BuildId, Instant> changed = new ConcurrentHashMap<>();

	private int openWrites;

	private int abandonedSweeps;

	InMemoryStaging(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Optional<StagedBuild> find(BuildId id) {
		return Optional.ofNullable(this.builds.get(id));
	}

	@Override
	public void open(StagedBuild build) {
		this.builds.put(build.id(), build);
		this.changed.put(build.id(), this.clock.instant());
	}

	@Override
	public ArtifactWrite write(BuildId id, String name, InputStream content, long length) throws IOException {
		byte[] data = content.readAllBytes();
		this.openWrites++;
		return new ArtifactWrite() {

			private boolean done;

			@Override
			public void commit(Artifact verified) {
				bytes.computeIfAbsent(id, (key) -> new ConcurrentHashMap<>()).put(name, data);
				artifacts.computeIfAbsent(id, (key) -> new ConcurrentHashMap<>()).put(name, verified);
				changed.put(id, clock.instant());
				close();
			}

			@Override
			public void close() {
				if (!this.done) {
					this.done = true;
					openWrites--;
				}
			}

		};
	}

	@Override
	public List<Artifact> artifacts(BuildId id) {
		List<Artifact> stored = new ArrayList<>(this.artifacts.getOrDefault(id, Map.of()).values());
		stored.sort(Comparator.comparing(Artifact::name));
		return stored;
	}

	@Override
	public boolean deleteArtifact(BuildId id, String name) {
		this.bytes.getOrDefault(id, new ConcurrentHashMap<>()).remove(name);
		return this.artifacts.getOrDefault(id, new ConcurrentHashMap<>()).remove(name) != null;
	}

	@Override
	public void delete(BuildId id) {
		this.builds.remove(id);
		this.bytes.remove(id);
		this.artifacts.remove(id);
		this.changed.remove(id);
	}

	@Override
	public List<BuildId> idleSince(Instant cutoff) {
		return this.changed.entrySet()
			.stream()
			.filter((e) -> e.getValue().isBefore(cutoff))
			.map(Map.Entry::getKey)
			.toList();
	}

	@Override
	public void discardAbandonedWrites(Instant cutoff) {
		this.abandonedSweeps++;
	}

	byte[] bytes(BuildId id, String name) {
		return this.bytes.getOrDefault(id, Map.of()).get(name);
	}

	boolean isEmpty(BuildId id) {
		return !this.builds.containsKey(id) && !this.bytes.containsKey(id) && !this.artifacts.containsKey(id);
	}

	/** Writes neither committed nor closed: must be none after every use case. */
	int openWrites() {
		return this.openWrites;
	}

	int abandonedSweeps() {
		return this.abandonedSweeps;
	}

}
