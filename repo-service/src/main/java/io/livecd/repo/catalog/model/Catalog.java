package io.livecd.repo.catalog.model;

import io.livecd.common.event.AliasTarget;
import io.livecd.common.event.AliasUpdated;
import io.livecd.common.event.Artifact;
import io.livecd.common.event.LivecdEvent;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the repository holds, as one immutable snapshot: the published builds of each job
 * (their manifests), which builds were ever published, pruned or rejected, where each
 * alias points, which are pinned, every alias move, and the Foreman parameters in force.
 * It changes only by {@link #apply applying} an event, so replaying the log rebuilds it.
 */
public record Catalog(Map<String, NavigableMap<Long, Manifest>> builds, Set<BuildRef> published, Set<BuildRef> pruned,
		Set<BuildRef> rejected, Map<String, AliasUpdated> aliases, Map<String, Long> pins,
		Map<String, List<AliasUpdated>> history, Map<String, ForemanParameter> foreman) {

	public static Catalog empty() {
		return new Catalog(Map.of(), Set.of(), Set.of(), Set.of(), Map.of(), Map.of(), Map.of(), Map.of());
	}

	/** The catalog a log of events leads to, from nothing. */
	public static Catalog replay(Iterable<? extends LivecdEvent> events) {
		return CatalogFold.replay(empty(), events);
	}

	/**
	 * This catalog after the event; events it has seen, or does not use, change nothing.
	 */
	public Catalog apply(LivecdEvent event) {
		return CatalogFold.replay(this, List.of(event));
	}

	/** This catalog with a build's manifest, unless the build was pruned. */
	public Catalog withManifest(Manifest manifest) {
		return CatalogFold.withManifests(this, List.of(manifest));
	}

	public Catalog withManifests(Collection<Manifest> manifests) {
		return CatalogFold.withManifests(this, manifests);
	}

	/** Published, pruned or rejected: a build the repository has already decided on. */
	public boolean isSettled(BuildRef build) {
		return this.published.contains(build) || this.pruned.contains(build) || this.rejected.contains(build);
	}

	public NavigableMap<Long, Manifest> builds(String job) {
		return Collections.unmodifiableNavigableMap(this.builds.getOrDefault(job, new TreeMap<>()));
	}

	public Optional<Manifest> manifest(BuildRef build) {
		return Optional.ofNullable(builds(build.job()).get(build.build()));
	}

	/**
	 * The newest retained build's artifact of that name, if any build of the job has it.
	 */
	public Optional<Artifact> file(String job, String file) {
		return builds(job).descendingMap().values().stream().flatMap((m) -> m.artifact(file).stream()).findFirst();
	}

	public Optional<AliasTarget> target(String alias) {
		return Optional.ofNullable(this.aliases.get(alias)).map(AliasUpdated::target);
	}

	public Optional<Long> pinnedBuild(String alias) {
		return Optional.ofNullable(this.pins.get(alias));
	}

	public List<AliasUpdated> history(String alias) {
		return this.history.getOrDefault(alias, List.of());
	}

}
