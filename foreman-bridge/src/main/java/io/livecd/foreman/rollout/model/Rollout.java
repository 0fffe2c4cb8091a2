package io.livecd.foreman.rollout.model;

import io.livecd.foreman.parameters.model.Intent;
import io.livecd.foreman.parameters.model.Scope;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each location's hosts should boot: an alias's current target, but at a location
 * only once that location's mirror has reported it warm (so a host never boots a build
 * its mirror does not hold), and globally at once when the global fallback is on. Every
 * method returns the intents its change calls for; they are idempotent, so replaying the
 * events rebuilds the same state. Thread-safe.
 */
public final class Rollout {

	private final RolloutPlan plan;

	private final Map<String, Artifact> targets = new HashMap<>();

	private final Map<String, Set<Artifact>> warm = new HashMap<>();

	public Rollout(RolloutPlan plan) {
		this.plan = plan;
	}

	public synchronized List<Intent> aliasMoved(String alias, Artifact target) {
		if (!this.plan.aliases().containsKey(alias)) {
			return List.of();
		}
		this.targets.put(alias, target);
		return intentsFor(alias, target);
	}

	public synchronized List<Intent> synced(String location, Artifact artifact) {
		MirrorLocation mirror = this.plan.locations().get(location);
		if (mirror == null) {
			return List.of();
		}
		this.warm.computeIfAbsent(location, (name) -> new HashSet<>()).add(artifact);
		List<Intent> intents = new ArrayList<>();
		this.targets.forEach((alias, target) -> {
			if (target.equals(artifact)) {
				intents.addAll(atLocation(mirror, alias, target));
			}
		});
		return intents;
	}

	/**
	 * The mirror no longer holds the file (an eviction names no checksum); parameters
	 * already set stay as they are, but the file must be reported warm again before any
	 * location parameter names it.
	 */
	public synchronized void evicted(String location, String job, long build, String file) {
		this.warm.getOrDefault(location, new HashSet<>())
			.removeIf((artifact) -> artifact.job().equals(job) && artifact.build() == build
					&& artifact.file().equals(file));
	}

	/** Everything the current state calls for, e.g. after a restart. */
	public synchronized List<Intent> all() {
		List<Intent> intents = new ArrayList<>();
		this.targets.forEach((alias, target) -> intents.addAll(intentsFor(alias, target)));
		return intents;
	}

	private boolean isWarm(String location, Artifact artifact) {
		return this.warm.getOrDefault(location, Set.of()).contains(artifact);
	}

	private List<Intent> intentsFor(String alias, Artifact target) {
		List<Intent> intents = new ArrayList<>();
		this.plan.globalFallback().ifPresent((url) -> intents.addAll(settings(new Scope.Global(), url, alias, target)));
		for (MirrorLocation mirror : this.plan.locations().values()) {
			if (isWarm(mirror.name(), target)) {
				intents.addAll(atLocation(mirror, alias, target));
			}
		}
		return intents;
	}

	private List<Intent> atLocation(MirrorLocation mirror, String alias, Artifact target) {
		return settings(new Scope.Location(mirror.name(), mirror.foremanId()), mirror.mirrorUrl(), alias, target);
	}

	private List<Intent> settings(Scope scope, URI baseUrl, String alias, Artifact target) {
		return List.of(new Intent.SetParameter(scope, this.plan.urlParameter(), baseUrl.toString()),
				new Intent.SetParameter(scope, this.plan.aliases().get(alias), target.path()));
	}

}
