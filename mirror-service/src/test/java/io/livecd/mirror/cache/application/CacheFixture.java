package io.livecd.mirror.cache.application;

import io.livecd.common.checksum.Sha256;
import io.livecd.mirror.cache.model.ArtifactKey;
import io.livecd.mirror.cache.model.CacheIndex;
import io.livecd.mirror.cache.model.KnownArtifact;
import io.livecd.mirror.cache.model.KnownArtifacts;
import io.livecd.mirror.cache.model.SyncLedger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A whole cache on a temporary directory, with a scripted upstream and recorded reports.
 */
public final class CacheFixture implements AutoCloseable {

	public final ScriptedUpstream upstream = new ScriptedUpstream();

	public final CacheIndex index = new CacheIndex();

	public final KnownArtifacts known = new KnownArtifacts();

	public final SyncLedger ledger = new SyncLedger();

	public final RecordedReports reports = new RecordedReports();

	public final CacheListeners listeners = new CacheListeners();

	public final CacheDisk disk;

	public final Eviction eviction;

	public final Filling filling;

	public final PrewarmingCache prewarming;

	public CacheFixture(Path root) {
		this(root, new RetryPolicy(2, Duration.ZERO, Duration.ZERO));
	}

	public CacheFixture(Path root, RetryPolicy retry) {
		this.disk = new CacheDisk(root);
		this.eviction = new Eviction(this.index, this.disk, this.reports, this.ledger, this.known);
		this.filling = new Filling(this.index, this.known, this.disk, this.upstream, Executors.newCachedThreadPool(),
				this.listeners);
		this.prewarming = new PrewarmingCache(this.known, this.index, this.filling, this.eviction, this.reports,
				this.ledger, Executors.newFixedThreadPool(2), Executors.newSingleThreadScheduledExecutor(), retry);
	}

	/** Joins the fill of a key and starts copying it, as a reader would. */
	public Fill started(ArtifactKey key) {
		Fill fill = this.filling.join(key).orElseThrow();
		fill.start();
		return fill;
	}

	public static byte[] bytes(int size, long seed) {
		byte[] bytes = new byte[size];
		new Random(seed).nextBytes(bytes);
		return bytes;
	}

	public static ArtifactKey key(String file) {
		return new ArtifactKey("build_iso_speedtest_el8", file);
	}

	public static KnownArtifact known(ArtifactKey key, long build, byte[] bytes) {
		return new KnownArtifact(key, build, bytes.length, Sha256.of(bytes));
	}

	@Override
	public void close() {
		this.prewarming.close();
		this.filling.close();
	}

	public static final class RecordedReports implements Reports {

		public final List<String> synced = new CopyOnWriteArrayList<>();

		public final List<String> failed = new CopyOnWriteArrayList<>();

		public final List<String> evicted = new CopyOnWriteArrayList<>();

		@Override
		public void synced(KnownArtifact artifact, double seconds) {
			this.synced.add(artifact.key().path());
		}

		@Override
		public void syncFailed(KnownArtifact artifact, String reason) {
			this.failed.add(artifact.key().path() + ": " + reason);
		}

		@Override
		public void evicted(ArtifactKey key, long build, String reason) {
			this.evicted.add(key.path() + "@" + build + ": " + reason);
		}

	}

}
