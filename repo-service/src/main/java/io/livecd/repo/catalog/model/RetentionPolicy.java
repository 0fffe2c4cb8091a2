package io.livecd.repo.catalog.model;

import io.livecd.common.event.AliasTarget;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the newest {@code keep} builds of each job, and beyond them every build that an
 * alias names, that an alias is pinned to, or that a Foreman parameter in force names.
 */
public record RetentionPolicy(int keep) {

	public RetentionPolicy {
		if (keep < 1) {
			throw new IllegalArgumentException("retention must keep at least one build");
		}
	}

	/**
	 * The builds of the job to remove now, oldest first. A job with at most {@code keep}
	 * builds has none, and costs no look at the aliases or at Foreman's parameters (every
	 * Foreman write prunes every job: a scan of all parameters per job showed as a
	 * quarter of repo-service's CPU with 50 jobs and 1,510 parameters).
	 */
	public List<Prune> prunable(Catalog catalog, String job) {
		List<Manifest> newestFirst = new ArrayList<>(catalog.builds(job).descendingMap().values());
		if (newestFirst.size() <= this.keep) {
			return List.of();
		}
		Set<BuildRef> protectedBuilds = protectedBuilds(catalog);
		ForemanReferences foreman = ForemanReferences.in(catalog.foreman().values());
		List<Manifest> retained = new ArrayList<>();
		List<Manifest> removed = new ArrayList<>();
		for (int i = 0; i < newestFirst.size(); i++) {
			Manifest build = newestFirst.get(i);
			boolean kept = i < this.keep || protectedBuilds.contains(build.ref()) || foreman.names(build);
			(kept ? retained : removed).add(build);
		}
		Set<String> retainedFiles = new HashSet<>();
		retained.forEach((m) -> retainedFiles.addAll(m.files()));
		Collections.reverse(removed);
		List<Prune> prunes = new ArrayList<>();
		for (Manifest build : removed) {
			prunes.add(new Prune(build, build.files().stream().filter((f) -> !retainedFiles.contains(f)).toList()));
		}
		return prunes;
	}

	private static Set<BuildRef> protectedBuilds(Catalog catalog) {
		Set<BuildRef> builds = new HashSet<>();
		catalog.aliases().values().forEach((u) -> builds.add(ref(u.target())));
		catalog.pins()
			.forEach((alias, build) -> catalog.target(alias)
				.ifPresent((target) -> builds.add(new BuildRef(target.job(), build))));
		return builds;
	}

	private static BuildRef ref(AliasTarget target) {
		return new BuildRef(target.job(), target.build());
	}

}
