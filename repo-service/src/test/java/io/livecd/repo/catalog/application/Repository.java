package io.livecd.repo.catalog.application;

import io.livecd.common.event.AliasTarget;
import io.livecd.common.event.Artifact;
import io.livecd.common.event.BuildCompleted;
import io.livecd.common.event.LivecdEvent;
import io.livecd.repo.catalog.CatalogFixtures;
import io.livecd.repo.catalog.model.AliasRules;
import io.livecd.repo.catalog.model.RetentionPolicy;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The use cases wired to in-memory ports, as the service wires them to S3 and Kafka. */
class Repository {

	final InMemoryArtifacts artifacts;

	final InMemoryManifests manifests;

	final RecordingEvents events = new RecordingEvents();

	final List<LivecdEvent> foremanLog = new ArrayList<>();

	final CatalogStore store = new CatalogStore(this.events);

	final Clock clock = Clock.fixed(CatalogFixtures.T0, ZoneOffset.UTC);

	final PruningBuilds pruning;

	final PublishingBuild publishing;

	final PinningAlias pinning;

	final RollingBackAlias rollingBack;

	final LearningForemanParameters foreman;

	final FindingFiles files;

	final RestoringCatalog restoring;

	Repository() {
		this(CatalogFixtures.exampleRules(), 3, new InMemoryArtifacts(), new InMemoryManifests(), List::of);
	}

	/** A fresh instance on the same object store that restores from that log. */
	Repository(Repository previous) {
		this(CatalogFixtures.exampleRules(), 3, previous.artifacts, previous.manifests, previous::log);
	}

	Repository(AliasRules rules, int keep, InMemoryArtifacts artifacts, InMemoryManifests manifests, EventLog log) {
		this.artifacts = artifacts;
		this.manifests = manifests;
		this.pruning = new PruningBuilds(this.store, this.artifacts, this.manifests, new RetentionPolicy(keep),
				this.clock);
		this.publishing = new PublishingBuild(this.store, this.artifacts, this.manifests, rules, this.pruning,
				this.clock);
		this.pinning = new PinningAlias(this.store, rules, this.pruning, this.clock);
		this.rollingBack = new RollingBackAlias(this.store, rules, this.clock);
		this.foreman = new LearningForemanParameters(this.store, this.pruning);
		this.files = new FindingFiles(this.store, this.artifacts);
		this.restoring = new RestoringCatalog(this.store, log, this.manifests, this.pruning);
	}

	/** Stages a build's true bytes, as build-service does, and hands it in. */
	PublishingBuild.Outcome publish(BuildCompleted build) {
		stage(build);
		return this.publishing.handle(build);
	}

	void stage(BuildCompleted build) {
		for (Artifact artifact : build.artifacts()) {
			this.artifacts.stage(build.job(), build.build(), artifact.name(),
					CatalogFixtures.content(build.job(), build.build(), artifact.name()));
		}
	}

	long aliasBuild(String alias) {
		return this.store.current().target(alias).map(AliasTarget::build).orElse(0L);
	}

	/** Everything this repository logged, then what the Foreman bridge logged. */
	List<LivecdEvent> log() {
		List<LivecdEvent> log = new ArrayList<>(this.events.emitted);
		log.addAll(this.foremanLog);
		return log;
	}

}
