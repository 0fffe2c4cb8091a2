package io.livecd.mirror.status;

import io.livecd.mirror.alias.model.AliasState;
import io.livecd.mirror.alias.model.AliasTable;
import io.livecd.mirror.cache.model.CacheIndex;
import java.util.List;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code mirror} health, part of the readiness group: up once the cache is taken over
 * from disk and the alias table rebuilt from the topics.
 */
@Component("mirrorHealthIndicator")
class MirrorHealthIndicator implements HealthIndicator {

	private final Readiness readiness;

	private final AliasTable aliases;

	private final CacheIndex index;

	MirrorHealthIndicator(Readiness readiness, AliasTable aliases, CacheIndex index) {
		this.readiness = readiness;
		this.aliases = aliases;
		this.index = index;
	}

	@Override
	public Health health() {
		List<AliasState> all = this.aliases.all();
		Health.Builder health = this.readiness.isReady() ? Health.up() : Health.outOfService();
		return health.withDetail("cacheChecked", this.readiness.isCacheChecked())
			.withDetail("aliasesLoaded", this.readiness.isAliasesLoaded())
			.withDetail("aliases", all.size())
			.withDetail("aliasesWarm", all.stream().filter(AliasState::warm).count())
			.withDetail("cachedFiles", this.index.files())
			.withDetail("cachedBytes", this.index.bytes())
			.build();
	}

}
