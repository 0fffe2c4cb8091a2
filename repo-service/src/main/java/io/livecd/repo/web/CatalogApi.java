package io.livecd.repo.web;

import io.livecd.repo.catalog.application.CatalogStore;
import io.livecd.repo.catalog.model.AliasRule;
import io.livecd.repo.catalog.model.AliasRules;
import io.livecd.repo.catalog.model.BuildRef;
import io.livecd.repo.catalog.model.Catalog;
import io.livecd.repo.web.ApiViews.AliasMoveView;
import io.livecd.repo.web.ApiViews.AliasView;
import io.livecd.repo.web.ApiViews.BuildView;
import io.livecd.repo.web.ApiViews.JobView;
import java.util.List;
import java.util.TreeSet;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Read-only JSON: jobs and their builds, aliases, their targets and their history. */
@RestController
@RequestMapping("/api/v1")
class CatalogApi {

	private final CatalogStore store;

	private final AliasRules rules;

	CatalogApi(CatalogStore store, AliasRules rules) {
		this.store = store;
		this.rules = rules;
	}

	@GetMapping("/jobs")
	List<JobView> jobs() {
		Catalog catalog = this.store.current();
		TreeSet<String> jobs = new TreeSet<>(catalog.builds().keySet());
		this.rules.rules().forEach((rule) -> jobs.add(rule.job()));
		return jobs.stream()
			.map((job) -> new JobView(job, List.copyOf(catalog.builds(job).keySet()),
					this.rules.forJob(job).stream().map(AliasRule::name).toList()))
			.toList();
	}

	@GetMapping("/jobs/{job}/builds")
	List<BuildView> builds(@PathVariable String job) {
		Catalog catalog = this.store.current();
		return catalog.builds(job).values().stream().map((m) -> BuildView.of(catalog, m)).toList();
	}

	@GetMapping("/jobs/{job}/builds/{build}")
	BuildView build(@PathVariable String job, @PathVariable long build) {
		Catalog catalog = this.store.current();
		return catalog.manifest(new BuildRef(job, build))
			.map((m) -> BuildView.of(catalog, m))
			.orElseThrow(() -> ProblemException.notFound("build " + build + " of " + job + " is not retained"));
	}

	@GetMapping("/aliases")
	List<AliasView> aliases() {
		Catalog catalog = this.store.current();
		return this.rules.rules().stream().map((rule) -> AliasView.of(catalog, rule)).toList();
	}

	@GetMapping("/aliases/{alias}")
	AliasView alias(@PathVariable String alias) {
		return AliasView.of(this.store.current(), rule(alias));
	}

	@GetMapping("/aliases/{alias}/history")
	List<AliasMoveView> history(@PathVariable String alias) {
		rule(alias);
		return this.store.current().history(alias).stream().map(AliasMoveView::of).toList();
	}

	private AliasRule rule(String alias) {
		return this.rules.named(alias)
			.orElseThrow(() -> ProblemException.notFound("no alias " + alias + " is declared"));
	}

}
