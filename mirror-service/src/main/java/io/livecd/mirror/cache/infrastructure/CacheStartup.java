package io.livecd.mirror.cache.infrastructure;

import io.livecd.mirror.cache.application.CheckingCache;
import io.livecd.mirror.status.Readiness;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Takes over the cache before anything serves or listens: sizes at once, checksums in a
 * background thread.
 */
final class CacheStartup implements InitializingBean, DisposableBean {

	private final CheckingCache checking;

	private final Readiness readiness;

	private final Thread verifier;

	CacheStartup(CheckingCache checking, Readiness readiness) {
		this.checking = checking;
		this.readiness = readiness;
		this.verifier = new Thread(checking::verifyChecksums, "cache-verify");
		this.verifier.setDaemon(true);
	}

	@Override
	public void afterPropertiesSet() throws Exception {
		this.checking.checkSizes();
		this.readiness.cacheChecked();
		this.verifier.start();
	}

	@Override
	public void destroy() {
		this.verifier.interrupt();
	}

}
