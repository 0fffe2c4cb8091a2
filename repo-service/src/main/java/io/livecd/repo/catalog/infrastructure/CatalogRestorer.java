package io.livecd.repo.catalog.infrastructure;

import io.livecd.repo.catalog.application.RestoringCatalog;
import io.livecd.repo.catalog.model.Catalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Creates the bucket when missing and restores the catalog when the application starts,
 * before the web server takes requests and before the listeners take events (both start
 * in later phases). A failure stops the start-up.
 */
class CatalogRestorer implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(CatalogRestorer.class);

	private final S3Objects s3;

	private final String region;

	private final RestoringCatalog restoring;

	private volatile boolean running;

	CatalogRestorer(S3Objects s3, String region, RestoringCatalog restoring) {
		this.s3 = s3;
		this.region = region;
		this.restoring = restoring;
	}

	@Override
	public void start() {
		long started = System.nanoTime();
		this.s3.createBucketIfMissing(this.region);
		Catalog catalog = this.restoring.restore();
		log.info("Catalog restored in {} ms: {} jobs, {} aliases, {} pins", (System.nanoTime() - started) / 1_000_000,
				catalog.builds().size(), catalog.aliases().size(), catalog.pins().size());
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

}
