package io.livecd.repo.catalog.model;

import io.livecd.common.event.Artifact;
import io.livecd.common.event.BuildCompleted;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A published build as the repository keeps it: the verified artifacts under
 * {@code builds/{job}/} and what CI said about the build.
 */
public record Manifest(String job, long build, List<Artifact> artifacts, String image, String kernel, String gitCommit,
		String ciUrl, Instant builtAt, Instant publishedAt) {

	public Manifest {
		Objects.requireNonNull(publishedAt, "publishedAt");
		artifacts = List.copyOf(artifacts);
		if (artifacts.isEmpty()) {
			throw new IllegalArgumentException("a manifest lists at least one artifact");
		}
		new BuildRef(job, build);
	}

	public static Manifest of(BuildCompleted completed, Instant publishedAt) {
		return new Manifest(completed.job(), completed.build(), completed.artifacts(), completed.image(),
				completed.kernel(), completed.gitCommit(), completed.ciUrl(), completed.time(), publishedAt);
	}

	public BuildRef ref() {
		return new BuildRef(this.job, this.build);
	}

	public Optional<Artifact> artifact(String file) {
		return this.artifacts.stream().filter((a) -> a.name().equals(file)).findFirst();
	}

	public List<String> files() {
		return this.artifacts.stream().map(Artifact::name).toList();
	}

}
