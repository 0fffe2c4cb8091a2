package io.livecd.build.publish.application;

import io.livecd.build.publish.model.BuildId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serialises the short decisions about one build inside this process (open, commit an
 * artifact, complete, abort, sweep), and counts the uploads running for it so the sweep
 * leaves a build alone while bytes still stream in.
 */
public final class BuildLocks {

	private static final int STRIPES = 64;

	private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

	private final Map<BuildId, Integer> uploads = new ConcurrentHashMap<>();

	public BuildLocks() {
		for (int i = 0; i < STRIPES; i++) {
			this.stripes[i] = new ReentrantLock();
		}
	}

	/** Runs the action while no other decision about the build runs in this process. */
	public <T> T exclusively(BuildId id, Supplier<T> action) {
		ReentrantLock lock = this.stripes[Math.floorMod(id.hashCode(), STRIPES)];
		lock.lock();
		try {
			return action.get();
		}
		finally {
			lock.unlock();
		}
	}

	/** Marks an upload for the build as running; pair with {@link #uploadEnded}. */
	void uploadStarted(BuildId id) {
		this.uploads.merge(id, 1, Integer::sum);
	}

	void uploadEnded(BuildId id) {
		this.uploads.computeIfPresent(id, (key, count) -> (count == 1) ? null : count - 1);
	}

	boolean uploading(BuildId id) {
		return this.uploads.containsKey(id);
	}

}
