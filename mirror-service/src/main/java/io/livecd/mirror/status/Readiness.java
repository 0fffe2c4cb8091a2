package io.livecd.mirror.status;

/**
 * Whether the mirror is ready for clients: it took over its cache from disk and, when it
 * follows events, rebuilt its alias table from the topics.
 */
public final class Readiness {

	private volatile boolean cacheChecked;

	private volatile boolean aliasesLoaded;

	/**
	 * @param followsEvents whether the alias table must be rebuilt before serving
	 */
	public Readiness(boolean followsEvents) {
		this.aliasesLoaded = !followsEvents;
	}

	public void cacheChecked() {
		this.cacheChecked = true;
	}

	public void aliasesLoaded() {
		this.aliasesLoaded = true;
	}

	public boolean isCacheChecked() {
		return this.cacheChecked;
	}

	public boolean isAliasesLoaded() {
		return this.aliasesLoaded;
	}

	public boolean isReady() {
		return this.cacheChecked && this.aliasesLoaded;
	}

}
