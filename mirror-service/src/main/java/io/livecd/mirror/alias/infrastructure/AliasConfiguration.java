package io.livecd.mirror.alias.infrastructure;

import io.livecd.mirror.alias.application.MovingAlias;
import io.livecd.mirror.alias.model.AliasTable;
import io.livecd.mirror.cache.application.CacheListeners;
import io.livecd.mirror.cache.application.PrewarmingCache;
import io.livecd.mirror.cache.model.CacheIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AliasConfiguration {

	@Bean
	AliasTable aliasTable() {
		return new AliasTable();
	}

	@Bean
	MovingAlias movingAlias(AliasTable table, CacheIndex index, PrewarmingCache prewarming, CacheListeners listeners) {
		MovingAlias moving = new MovingAlias(table, index, prewarming);
		listeners.add(moving);
		return moving;
	}

}
