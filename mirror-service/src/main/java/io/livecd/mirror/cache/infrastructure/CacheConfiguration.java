package io.livecd.mirror.cache.infrastructure;

import io.livecd.mirror.MirrorServiceProperties;
import io.livecd.mirror.cache.application.CacheDisk;
import io.livecd.mirror.cache.application.CacheListeners;
import io.livecd.mirror.cache.application.CheckingCache;
import io.livecd.mirror.cache.application.EnforcingQuota;
import io.livecd.mirror.cache.application.EvictionGuard;
import io.livecd.mirror.cache.application.Eviction;
import io.livecd.mirror.cache.application.Filling;
import io.livecd.mirror.cache.application.FindingFile;
import io.livecd.mirror.cache.application.PrewarmingCache;
import io.livecd.mirror.cache.application.PruningBuild;
import io.livecd.mirror.cache.application.Reports;
import io.livecd.mirror.cache.application.RetryPolicy;
import io.livecd.mirror.cache.model.CacheIndex;
import io.livecd.mirror.cache.model.KnownArtifacts;
import io.livecd.mirror.cache.model.SyncLedger;
import io.livecd.mirror.status.Readiness;
import io.livecd.web.tls.TrustedCa;
import java.time.Duration;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

@Configuration(proxyBeanMethods = false)
class CacheConfiguration {

	@Bean
	CacheIndex cacheIndex() {
		return new CacheIndex();
	}

	@Bean
	KnownArtifacts knownArtifacts() {
		return new KnownArtifacts();
	}

	@Bean
	SyncLedger syncLedger() {
		return new SyncLedger();
	}

	@Bean
	CacheListeners cacheListeners() {
		return new CacheListeners();
	}

	@Bean
	CacheDisk cacheDisk(MirrorServiceProperties properties) {
		return new CacheDisk(properties.cacheDir());
	}

	@Bean
	Eviction eviction(CacheIndex index, CacheDisk disk, Reports reports, SyncLedger ledger, KnownArtifacts known) {
		return new Eviction(index, disk, reports, ledger, known);
	}

	/**
	 * Upstreams close silent connections after 20 to 60 s; the spare is renewed sooner.
	 */
	static final Duration SPARE_MAX_AGE = Duration.ofSeconds(20);

	@Bean
	HttpUpstream upstream(MirrorServiceProperties properties) {
		return new HttpUpstream(properties.upstream(), properties.upstreamTimeout(),
				TrustedCa.sslContext(properties.upstreamCaFile(), "upstream"), SPARE_MAX_AGE);
	}

	@Bean(destroyMethod = "")
	Filling filling(CacheIndex index, KnownArtifacts known, CacheDisk disk, CacheListeners listeners,
			HttpUpstream upstream) {
		return new Filling(index, known, disk, upstream, Executors.newCachedThreadPool(daemons("fill-")), listeners);
	}

	@Bean
	WarmingUp warmingUp(MirrorServiceProperties properties, ObjectProvider<WarmUpFront> front) {
		return new WarmingUp(properties.warmupMisses(), properties.cacheDir(), properties.upstreamTimeout(),
				() -> Executors.newCachedThreadPool(daemons("warmup-fill-")), front::getIfAvailable);
	}

	@Bean
	FillingLifecycle fillingLifecycle(Filling filling) {
		return new FillingLifecycle(filling);
	}

	@Bean
	PrewarmingCache prewarmingCache(KnownArtifacts known, CacheIndex index, Filling filling, Eviction eviction,
			Reports reports, SyncLedger ledger, MirrorServiceProperties properties) {
		MirrorServiceProperties.Retry retry = properties.retry();
		return new PrewarmingCache(known, index, filling, eviction, reports, ledger,
				Executors.newFixedThreadPool(properties.parallelism(), daemons("prewarm-")),
				Executors.newSingleThreadScheduledExecutor(daemons("prewarm-retry-")),
				new RetryPolicy(retry.attempts(), retry.initialBackoff(), retry.maxBackoff()));
	}

	@Bean
	PruningBuild pruningBuild(KnownArtifacts known, CacheIndex index, PrewarmingCache prewarming, Filling filling,
			Eviction eviction) {
		return new PruningBuild(known, index, prewarming, filling, eviction);
	}

	@Bean
	FindingFile findingFile(CacheIndex index, CacheDisk disk, Filling filling) {
		return new FindingFile(index, disk, filling);
	}

	@Bean
	EnforcingQuota enforcingQuota(CacheIndex index, EvictionGuard guard, Eviction eviction, CacheListeners listeners,
			MirrorServiceProperties properties) {
		EnforcingQuota quota = new EnforcingQuota(index, properties.quota().toBytes(),
				new CacheDiskSpace(properties.cacheDir()), properties.diskReserve().toBytes(), guard, eviction);
		listeners.add(quota);
		return quota;
	}

	@Bean
	CheckingCache checkingCache(CacheDisk disk, CacheIndex index, Eviction eviction) {
		return new CheckingCache(disk, index, eviction);
	}

	@Bean
	CacheStartup cacheStartup(CheckingCache checking, Readiness readiness) {
		return new CacheStartup(checking, readiness);
	}

	private static CustomizableThreadFactory daemons(String prefix) {
		CustomizableThreadFactory factory = new CustomizableThreadFactory(prefix);
		factory.setDaemon(true);
		return factory;
	}

}
