package io.livecd.repo.web;

import io.livecd.common.event.AliasUpdated;
import io.livecd.repo.catalog.application.CatalogStore;
import io.livecd.repo.catalog.model.AliasRule;
import io.livecd.repo.catalog.model.AliasRules;
import io.livecd.repo.catalog.model.Catalog;
import io.livecd.repo.location.application.TrackingLocations;
import io.livecd.repo.web.ApiViews.AliasMoveView;
import io.livecd.repo.web.ApiViews.AliasView;
import io.livecd.repo.web.ApiViews.BuildView;
import io.livecd.repo.web.LocationViews.LocationView;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The state the dashboard shows, in one piece: aliases, jobs and their retained builds,
 * each location, and the latest alias moves.
 */
@Component
class Dashboard {

	private static final int HISTORY = 50;

	private final CatalogStore store;

	private final TrackingLocations locations;

	private final AliasRules rules;

	Dashboard(CatalogStore store, TrackingLocations locations, AliasRules rules) {
		this.store = store;
		this.locations = locations;
		this.rules = rules;
	}

	/** Runs {@code observer} on every change of the catalog or of a location. */
	void onChange(Runnable observer) {
		this.store.onChange(observer);
		this.locations.onChange(observer);
	}

	List<LocationView> locations() {
		return LocationViews.of(this.store.current(), this.locations.current());
	}

	Snapshot snapshot() {
		Catalog catalog = this.store.current();
		TreeSet<String> jobs = new TreeSet<>(catalog.builds().keySet());
		this.rules.rules().forEach((rule) -> jobs.add(rule.job()));
		List<JobBuilds> builds = jobs.stream()
			.map((job) -> new JobBuilds(job, this.rules.forJob(job).stream().map(AliasRule::name).toList(),
					catalog.builds(job)
						.descendingMap()
						.values()
						.stream()
						.map((m) -> BuildView.of(catalog, m))
						.toList()))
			.toList();
		List<AliasMoveView> history = catalog.history()
			.values()
			.stream()
			.flatMap(List::stream)
			.sorted(Comparator.comparing(AliasUpdated::time).reversed())
			.limit(HISTORY)
			.map(AliasMoveView::of)
			.toList();
		return new Snapshot(Instant.now(), this.rules.rules().stream().map((r) -> AliasView.of(catalog, r)).toList(),
				builds, LocationViews.of(catalog, this.locations.current()), history);
	}

	record Snapshot(Instant time, List<AliasView> aliases, List<JobBuilds> jobs, List<LocationView> locations,
			List<AliasMoveView> history) {
	}

	record JobBuilds(String job, List<String> aliases, List<BuildView> builds) {
	}

}
