package io.livecd.repo.catalog.model;

import io.livecd.common.event.AliasPinned;
import io.livecd.common.event.AliasUnpinned;
import io.livecd.common.event.AliasUpdated;
import io.livecd.common.event.ArtifactsPublished;
import io.livecd.common.event.BuildPruned;
import io.livecd.common.event.BuildRejected;
import io.livecd.common.event.ForemanParametersUpdated;
import io.livecd.common.event.LivecdEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * The one pure function from events to a {@link Catalog}. Each event touches only the
 * state of its own key (an alias, a job, a Foreman scope), which Kafka keeps in order, so
 * the interleaving of partitions does not change the result; a repeated event (same id,
 * or an older Foreman value) changes nothing.
 */
final class CatalogFold {

	private final Map<String, NavigableMap<Long, Manifest>> builds = new HashMap<>();

	private final Set<BuildRef> published;

	private final Set<BuildRef> pruned;

	private final Set<BuildRef> rejected;

	private final Map<String, AliasUpdated> aliases;

	private final Map<String, Long> pins;

	private final Map<String, List<AliasUpdated>> history = new HashMap<>();

	private final Map<String, ForemanParameter> foreman;

	private CatalogFold(Catalog start) {
		start.builds().forEach((job, byNumber) -> this.builds.put(job, new TreeMap<>(byNumber)));
		this.published = new HashSet<>(start.published());
		this.pruned = new HashSet<>(start.pruned());
		this.rejected = new HashSet<>(start.rejected());
		this.aliases = new HashMap<>(start.aliases());
		this.pins = new HashMap<>(start.pins());
		start.history().forEach((alias, moves) -> this.history.put(alias, new ArrayList<>(moves)));
		this.foreman = new HashMap<>(start.foreman());
	}

	static Catalog replay(Catalog start, Iterable<? extends LivecdEvent> events) {
		CatalogFold fold = new CatalogFold(start);
		events.forEach(fold::apply);
		return fold.snapshot();
	}

	static Catalog withManifests(Catalog start, Collection<Manifest> manifests) {
		CatalogFold fold = new CatalogFold(start);
		manifests.stream()
			.filter((m) -> !fold.pruned.contains(m.ref()))
			.forEach((m) -> fold.builds.computeIfAbsent(m.job(), (job) -> new TreeMap<>()).put(m.build(), m));
		return fold.snapshot();
	}

	private void apply(LivecdEvent event) {
		if (event instanceof ArtifactsPublished published) {
			this.published.add(new BuildRef(published.job(), published.build()));
		}
		else if (event instanceof BuildRejected rejected) {
			this.rejected.add(new BuildRef(rejected.job(), rejected.build()));
		}
		else if (event instanceof BuildPruned pruned) {
			prune(new BuildRef(pruned.job(), pruned.build()));
		}
		else if (event instanceof AliasUpdated updated) {
			move(updated);
		}
		else if (event instanceof AliasPinned pinned) {
			this.pins.put(pinned.alias(), pinned.build());
		}
		else if (event instanceof AliasUnpinned unpinned) {
			this.pins.remove(unpinned.alias());
		}
		else if (event instanceof ForemanParametersUpdated updated) {
			learn(updated);
		}
	}

	private void prune(BuildRef build) {
		this.pruned.add(build);
		NavigableMap<Long, Manifest> byNumber = this.builds.get(build.job());
		if (byNumber != null) {
			byNumber.remove(build.build());
		}
	}

	private void move(AliasUpdated updated) {
		List<AliasUpdated> moves = this.history.computeIfAbsent(updated.alias(), (alias) -> new ArrayList<>());
		if (moves.stream().noneMatch((seen) -> seen.id().equals(updated.id()))) {
			moves.add(updated);
			this.aliases.put(updated.alias(), updated);
		}
	}

	private void learn(ForemanParametersUpdated updated) {
		ForemanParameter parameter = new ForemanParameter(updated.scope(), updated.name(), updated.newValue(),
				updated.time());
		ForemanParameter current = this.foreman.get(parameter.key());
		if (current == null || !parameter.time().isBefore(current.time())) {
			this.foreman.put(parameter.key(), parameter);
		}
	}

	private Catalog snapshot() {
		Map<String, NavigableMap<Long, Manifest>> builds = new HashMap<>();
		this.builds.forEach((job, byNumber) -> {
			if (!byNumber.isEmpty()) {
				builds.put(job, Collections.unmodifiableNavigableMap(new TreeMap<>(byNumber)));
			}
		});
		Map<String, List<AliasUpdated>> history = new HashMap<>();
		this.history.forEach((alias, moves) -> history.put(alias, List.copyOf(moves)));
		return new Catalog(Map.copyOf(builds), Set.copyOf(this.published), Set.copyOf(this.pruned),
				Set.copyOf(this.rejected), Map.copyOf(this.aliases), Map.copyOf(this.pins), Map.copyOf(history),
				Map.copyOf(this.foreman));
	}

}
