package io.livecd.repo.catalog.application;

import io.livecd.common.event.AliasPinned;
import io.livecd.common.event.AliasTarget;
import io.livecd.common.event.AliasUnpinned;
import io.livecd.common.event.AliasUpdateReason;
import io.livecd.common.event.AliasUpdated;
import io.livecd.common.event.Artifact;
import io.livecd.repo.catalog.application.PinResult.Reason;
import io.livecd.repo.catalog.model.AliasMoves;
import io.livecd.repo.catalog.model.AliasRule;
import io.livecd.repo.catalog.model.AliasRules;
import io.livecd.repo.catalog.model.BuildRef;
import io.livecd.repo.catalog.model.Catalog;
import io.livecd.repo.catalog.model.Manifest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Pins an alias to a retained build: the alias moves there (reason {@code pin}) and new
 * builds leave it alone until it is unpinned; the build is kept meanwhile. Pinning a
 * build pins every alias declared for its job. Unpinning moves nothing; the next build
 * moves the alias again, and retention may then remove the formerly pinned build.
 */
public class PinningAlias {

	private final CatalogStore store;

	private final AliasRules rules;

	private final PruningBuilds pruning;

	private final Clock clock;

	public PinningAlias(CatalogStore store, AliasRules rules, PruningBuilds pruning, Clock clock) {
		this.store = store;
		this.rules = rules;
		this.pruning = pruning;
		this.clock = clock;
	}

	public PinResult pin(PinAlias request) {
		Optional<AliasRule> rule = this.rules.named(request.alias());
		if (rule.isEmpty()) {
			return new PinResult.Refused(Reason.UNKNOWN_ALIAS, "no alias " + request.alias() + " is declared");
		}
		return this.store.locked(() -> pin(rule.get(), request.build(), request.actor()));
	}

	public PinResult unpin(UnpinAlias request) {
		if (this.rules.named(request.alias()).isEmpty()
				&& this.store.current().pinnedBuild(request.alias()).isEmpty()) {
			return new PinResult.Refused(Reason.UNKNOWN_ALIAS, "no alias " + request.alias() + " is declared");
		}
		return this.store.locked(() -> {
			unpin(request.alias(), request.actor());
			return new PinResult.Done(List.of(request.alias()));
		});
	}

	public PinResult pinBuild(PinBuild request) {
		List<AliasRule> rules = this.rules.forJob(request.job());
		if (rules.isEmpty()) {
			return new PinResult.Refused(Reason.NO_ALIASES, "no alias is declared for job " + request.job());
		}
		return this.store.locked(() -> {
			for (AliasRule rule : rules) {
				Optional<PinResult.Refused> refused = resolve(rule, request.build()).refused();
				if (refused.isPresent()) {
					return refused.get();
				}
			}
			rules.forEach((rule) -> pin(rule, request.build(), request.actor()));
			return new PinResult.Done(rules.stream().map(AliasRule::name).toList());
		});
	}

	public PinResult unpinBuild(UnpinBuild request) {
		return this.store.locked(() -> {
			List<String> unpinned = new ArrayList<>();
			for (AliasRule rule : this.rules.forJob(request.job())) {
				if (this.store.current().pinnedBuild(rule.name()).filter((b) -> b == request.build()).isPresent()) {
					unpin(rule.name(), request.actor());
					unpinned.add(rule.name());
				}
			}
			return new PinResult.Done(unpinned);
		});
	}

	private PinResult pin(AliasRule rule, long build, String actor) {
		Resolved resolved = resolve(rule, build);
		if (resolved.refused().isPresent()) {
			return resolved.refused().get();
		}
		AliasTarget target = resolved.target().orElseThrow();
		Catalog catalog = this.store.current();
		Optional<AliasTarget> current = catalog.target(rule.name());
		if (catalog.pinnedBuild(rule.name()).filter((b) -> b == build).isEmpty()) {
			this.store
				.record(new AliasPinned(UUID.randomUUID().toString(), this.clock.instant(), rule.name(), build, actor));
		}
		if (!current.equals(Optional.of(target))) {
			this.store.record(new AliasUpdated(UUID.randomUUID().toString(), this.clock.instant(), rule.name(),
					current.orElse(null), target, AliasUpdateReason.PIN, actor));
		}
		return new PinResult.Done(List.of(rule.name()));
	}

	private Resolved resolve(AliasRule rule, long build) {
		Optional<Manifest> manifest = this.store.current().manifest(new BuildRef(rule.job(), build));
		if (manifest.isEmpty()) {
			return Resolved.refused(Reason.UNKNOWN_BUILD,
					"build " + build + " of " + rule.job() + " is not a retained published build");
		}
		Optional<Artifact> artifact = rule.select(manifest.get().artifacts());
		if (artifact.isEmpty()) {
			return Resolved.refused(Reason.NO_MATCHING_FILE,
					"build " + build + " of " + rule.job() + " has no single file matching " + rule.pattern());
		}
		return new Resolved(Optional.of(AliasMoves.target(manifest.get(), artifact.get())), Optional.empty());
	}

	private void unpin(String alias, String actor) {
		Optional<AliasTarget> target = this.store.current().target(alias);
		if (this.store.current().pinnedBuild(alias).isEmpty()) {
			return;
		}
		this.store.record(new AliasUnpinned(UUID.randomUUID().toString(), this.clock.instant(), alias, actor));
		target.ifPresent((t) -> this.pruning.prune(t.job()));
	}

	private record Resolved(Optional<AliasTarget> target, Optional<PinResult.Refused> refused) {

		static Resolved refused(Reason reason, String detail) {
			return new Resolved(Optional.empty(), Optional.of(new PinResult.Refused(reason, detail)));
		}

	}

	/** Pin {@code alias} to {@code build} of its job. */
	public record PinAlias(String alias, long build, String actor) {
	}

	public record UnpinAlias(String alias, String actor) {
	}

	/** Pin every alias of {@code job} to {@code build}. */
	public record PinBuild(String job, long build, String actor) {
	}

	/** Unpin the aliases of {@code job} pinned to {@code build}. */
	public record UnpinBuild(String job, long build, String actor) {
	}

}
