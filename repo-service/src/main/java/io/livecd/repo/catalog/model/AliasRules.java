package io.livecd.repo.catalog.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Every alias the operators declared; each name once. */
public record AliasRules(List<AliasRule> rules) {

	public AliasRules {
		rules = List.copyOf(rules);
		Set<String> names = new HashSet<>();
		for (AliasRule rule : rules) {
			if (!names.add(rule.name())) {
				throw new IllegalArgumentException("alias " + rule.name() + " is declared twice");
			}
		}
	}

	public static AliasRules of(AliasRule... rules) {
		return new AliasRules(List.of(rules));
	}

	public List<AliasRule> forJob(String job) {
		return this.rules.stream().filter((r) -> r.job().equals(job)).toList();
	}

	public Optional<AliasRule> named(String alias) {
		return this.rules.stream().filter((r) -> r.name().equals(alias)).findFirst();
	}

}
