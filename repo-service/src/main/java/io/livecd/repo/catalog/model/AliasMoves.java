package io.livecd.repo.catalog.model;

import io.livecd.common.event.AliasTarget;
import io.livecd.common.event.AliasUpdateReason;
import io.livecd.common.event.AliasUpdated;
import io.livecd.common.event.Artifact;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a verified build moves the aliases declared for its job. An alias stays where it
 * is when it is pinned, when the build has no single artifact matching its pattern, or
 * when it already names this build or a newer one of the job (late or repeated events).
 */
public final class AliasMoves {

	private AliasMoves() {
	}

	public static List<AliasUpdated> onPublish(Catalog catalog, AliasRules rules, Manifest build, String actor,
			Instant now) {
		List<AliasUpdated> moves = new ArrayList<>();
		for (AliasRule rule : rules.forJob(build.job())) {
			Optional<Artifact> artifact = rule.select(build.artifacts());
			Optional<AliasTarget> current = catalog.target(rule.name());
			if (artifact.isEmpty() || catalog.pinnedBuild(rule.name()).isPresent() || isAtOrPast(current, build)) {
				continue;
			}
			AliasTarget target = target(build, artifact.get());
			moves.add(new AliasUpdated(EventIds.of("alias.updated", rule.name(), target, "publish"), now, rule.name(),
					current.orElse(null), target, AliasUpdateReason.PUBLISH, actor));
		}
		return moves;
	}

	public static AliasTarget target(Manifest build, Artifact artifact) {
		return new AliasTarget(build.job(), build.build(), artifact.name(), artifact.size(), artifact.sha256());
	}

	private static boolean isAtOrPast(Optional<AliasTarget> current, Manifest build) {
		return current.filter((t) -> t.job().equals(build.job()) && t.build() >= build.build()).isPresent();
	}

}
