package io.livecd.repo.catalog.application;

import io.livecd.common.event.AliasTarget;
import io.livecd.common.event.AliasUpdateReason;
import io.livecd.common.event.AliasUpdated;
import io.livecd.common.event.Artifact;
import io.livecd.repo.catalog.application.MoveResult.Reason;
import io.livecd.repo.catalog.model.AliasMoves;
import io.livecd.repo.catalog.model.AliasRule;
import io.livecd.repo.catalog.model.AliasRules;
import io.livecd.repo.catalog.model.BuildRef;
import io.livecd.repo.catalog.model.Catalog;
import io.livecd.repo.catalog.model.Manifest;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Moves an alias back to a retained build by an operator's hand: a rollback (reason
 * {@code rollback}; by default to the newest retained build older than the current target
 * that has a file for the alias) or a restore of a replayed state (reason
 * {@code replay}). A pinned alias is refused; an alias already on that build stays and
 * nothing is logged.
 */
public class RollingBackAlias {

	private final CatalogStore store;

	private final AliasRules rules;

	private final Clock clock;

	public RollingBackAlias(CatalogStore store, AliasRules rules, Clock clock) {
		this.store = store;
		this.rules = rules;
		this.clock = clock;
	}

	public MoveResult rollBack(RollBack request) {
		return move(request.alias(), request.toBuild(), AliasUpdateReason.ROLLBACK, request.actor());
	}

	public MoveResult restore(Restore request) {
		return move(request.alias(), OptionalLong.of(request.build()), AliasUpdateReason.REPLAY, request.actor());
	}

	private MoveResult move(String alias, OptionalLong build, AliasUpdateReason reason, String actor) {
		Optional<AliasRule> rule = this.rules.named(alias);
		if (rule.isEmpty()) {
			return new MoveResult.Refused(Reason.UNKNOWN_ALIAS, "no alias " + alias + " is declared");
		}
		return this.store.locked(() -> {
			Catalog catalog = this.store.current();
			Optional<Long> pinned = catalog.pinnedBuild(alias);
			if (pinned.isPresent()) {
				return new MoveResult.Refused(Reason.PINNED,
						"alias " + alias + " is pinned to build " + pinned.get() + "; unpin it first");
			}
			Optional<AliasTarget> current = catalog.target(alias);
			MoveResult destination = build.isPresent() ? chosen(catalog, rule.get(), build.getAsLong())
					: previous(catalog, rule.get(), current);
			if (!(destination instanceof MoveResult.Moved moved)) {
				return destination;
			}
			if (current.equals(Optional.of(moved.target()))) {
				return new MoveResult.Moved(alias, moved.target(), moved.target(), Optional.empty());
			}
			AliasUpdated updated = new AliasUpdated(UUID.randomUUID().toString(), this.clock.instant(), alias,
					current.orElse(null), moved.target(), reason, actor);
			this.store.record(updated);
			return new MoveResult.Moved(alias, current.orElse(null), moved.target(), Optional.of(updated.id()));
		});
	}

	private static MoveResult chosen(Catalog catalog, AliasRule rule, long build) {
		Optional<Manifest> manifest = catalog.manifest(new BuildRef(rule.job(), build));
		if (manifest.isEmpty()) {
			return new MoveResult.Refused(Reason.UNKNOWN_BUILD,
					"build " + build + " of " + rule.job() + " is not a retained published build");
		}
		return rule.select(manifest.get().artifacts())
			.<MoveResult>map((artifact) -> destination(rule, manifest.get(), artifact))
			.orElseGet(() -> new MoveResult.Refused(Reason.NO_MATCHING_FILE,
					"build " + build + " of " + rule.job() + " has no single file matching " + rule.pattern()));
	}

	private static MoveResult previous(Catalog catalog, AliasRule rule, Optional<AliasTarget> current) {
		Map<Long, Manifest> older = current.filter((t) -> t.job().equals(rule.job()))
			.map((t) -> (Map<Long, Manifest>) catalog.builds(rule.job()).headMap(t.build(), false).descendingMap())
			.orElse(Map.of());
		for (Manifest manifest : older.values()) {
			Optional<Artifact> artifact = rule.select(manifest.artifacts());
			if (artifact.isPresent()) {
				return destination(rule, manifest, artifact.get());
			}
		}
		return new MoveResult.Refused(Reason.NO_EARLIER_BUILD,
				current
					.map((t) -> "no retained build of " + rule.job() + " older than build " + t.build()
							+ " has a file for " + rule.name())
					.orElse("alias " + rule.name() + " names no build yet"));
	}

	private static MoveResult destination(AliasRule rule, Manifest manifest, Artifact artifact) {
		return new MoveResult.Moved(rule.name(), null, AliasMoves.target(manifest, artifact), Optional.empty());
	}

	/**
	 * Roll {@code alias} back to {@code toBuild}, or by default to its previous build.
	 */
	public record RollBack(String alias, OptionalLong toBuild, String actor) {
	}

	/** Move {@code alias} to {@code build}, as a replayed state says it was. */
	public record Restore(String alias, long build, String actor) {
	}

}
